using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Parses Vietnamese administrative documents into the contract's <see cref="ParsedDocument"/> fields with
/// deterministic rules. No method here throws: a file that cannot be read comes back with its
/// <see cref="ParsedFile.Error"/>, and text always yields a result (fields not found are null or empty).
/// </summary>
public static class DocumentParser
{
    /// <summary>Reads and parses one file.</summary>
    public static ParsedFile ParseFile(string path, ReadOptions? options = null)
    {
        var read = DocumentReader.Read(path, options);
        var name = Path.GetFileName(path);
        return read.Succeeded ? ParseText(read.Text!, name) : new ParsedFile { File = name, Error = read.Error };
    }

    /// <summary>Reads and parses bytes (an upload); the file name's extension selects the format.</summary>
    public static ParsedFile ParseBytes(byte[] bytes, string fileName, ReadOptions? options = null)
    {
        var read = DocumentReader.Read(bytes, fileName, options);
        return read.Succeeded ? ParseText(read.Text!, fileName) : new ParsedFile { File = fileName, Error = read.Error };
    }

    /// <summary>Parses several files; a bad file gives an entry with an error and never stops the others.</summary>
    public static IReadOnlyList<ParsedFile> ParseFiles(IEnumerable<string> paths, ReadOptions? options = null) =>
        paths.Select(p => ParseFile(p, options)).ToList();

    /// <summary>Parses text already read; a file holding several documents yields one entry per document.</summary>
    public static ParsedFile ParseText(string text, string fileName)
    {
        try
        {
            return new ParsedFile { File = fileName, Documents = ParseDocuments(text ?? "") };
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException)
        {
            // The rules are tested against fuzzed input; should one still trip, the caller gets a clear error
            // for this file and the rest of a batch goes on, as the contract promises.
            return new ParsedFile { File = fileName, Error = ReadError.Of(ReadErrorKind.ParseFailure, fileName) };
        }
    }

    private static List<ParsedDocument> ParseDocuments(string text) => ParseParts(text).Select(p => p.Document).ToList();

    /// <summary>
    /// Each document of the text with the normalised lines it was read from (as they were before the readers
    /// blanked stamps and late header lines) and its header's issuer lines: the linter checks the form of
    /// what the parser read, so it sees the same lines.
    /// </summary>
    internal static List<ParsedPart> ParseParts(string text)
    {
        var lines = Normaliser.ToLines(text);
        HeaderCells.Rebuild(lines);
        var parts = new List<ParsedPart>();
        foreach (var (start, end) in BundleSplitter.Split(lines))
        {
            var part = lines.GetRange(start, end - start);
            if (part.All(l => l.Length == 0)) continue;
            var original = part.ToList();
            var document = DocumentAssembler.Assemble(part, out var issuerLines);
            // An attachment printed without a letterhead is issued by the document it is attached to.
            if (document.Issuer is null && parts.Count > 0 && BundleSplitter.IsHeaderless(part) && parts[^1].Document.Issuer is { } parent)
            {
                document.Issuer = parent;
                ParseWarnings.IssuerFromBundle(document);
            }
            parts.Add(new ParsedPart(original, start, document, issuerLines));
        }
        return parts;
    }
}

/// <summary>One document of a file: its lines, where they start in the file's lines, its fields and issuer lines.</summary>
internal sealed record ParsedPart(IReadOnlyList<string> Lines, int Offset, ParsedDocument Document, IReadOnlyList<string> IssuerLines);
