using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// Format findings against Decree 30/2020/NĐ-CP (State) and Guidance 36-HD/VPTW (Party) for each document of a
/// file: letterhead, number and symbol, place and date, kind and subject, distribution and signer, and for a DOCX
/// the page, fonts and sizes. Reads and parses with the parser's own readers, so a rule sees the lines and
/// fields the parser saw. Never throws: an unreadable file comes back with its <see cref="LintResult.Error"/>.
/// </summary>
public static class DocumentLinter
{
    public static IReadOnlyList<LintResult> LintFiles(IEnumerable<string> paths) => paths.Select(LintFile).ToList();

    public static LintResult LintFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            // The reader words the refusals (missing, too large); only a readable file is loaded, once.
            if (!info.Exists || info.Length > ReadOptions.Default.MaxBytes)
                return new LintResult { File = name, Error = DocumentReader.Read(path).Error ?? ReadError.Of(ReadErrorKind.Missing, name) };
            return Lint(File.ReadAllBytes(path), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new LintResult { File = name, Error = ReadError.Of(ReadErrorKind.Missing, name) };
        }
    }

    public static LintResult Lint(byte[] bytes, string fileName, ReadOptions? options = null)
    {
        var read = DocumentReader.Read(bytes, fileName, options);
        if (!read.Succeeded) return new LintResult { File = fileName, Error = read.Error };
        var format = FormatDetector.Detect(bytes, fileName);
        List<ParsedPart> parts;
        try
        {
            parts = DocumentParser.ParseParts(read.Text!);
        }
        catch (Exception ex) when (ex is ArgumentException or IndexOutOfRangeException or InvalidOperationException or FormatException)
        {
            // Same guard as DocumentParser.ParseText: one file's surprise never stops a batch.
            return new LintResult { File = fileName, Error = ReadError.Of(ReadErrorKind.ParseFailure, fileName) };
        }
        var findings = new List<LintFinding>();
        for (var i = 0; i < parts.Count; i++)
        {
            var target = new LintTarget(parts[i], format != FileFormat.Docx, format == FileFormat.Text, i, parts.Count);
            findings.AddRange(HeaderRules.Run(target));
            findings.AddRange(ReferenceRules.Run(target));
            findings.AddRange(SymbolKindRule.Run(target));
            findings.AddRange(PlaceDateRules.Run(target));
            findings.AddRange(KindTitleRule.Run(target));
            findings.AddRange(ClosingRules.Run(target));
        }
        if (format == FileFormat.Docx) findings.AddRange(DocxLayoutRules.Run(bytes));
        return new LintResult { File = fileName, Findings = findings };
    }
}
