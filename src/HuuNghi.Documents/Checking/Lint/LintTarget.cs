using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// One document of a linted file: the parser's fields and the lines they were read from, which system's
/// rules apply (State, Decree 30; Party, Guidance 36) and how sure an absence is. A plain-text copy is often
/// an extract that lost the letterhead table, so a missing element there is a warning; in a DOCX or PDF the
/// whole page is in hand and it is an error. Text pulled from a PDF is such a copy too (seed 000 lost its
/// issuer block that way), though its line numbers mean nothing to a reader.
/// </summary>
internal sealed class LintTarget(ParsedPart part, bool extracted, bool numberedLines, int index, int count)
{
    /// <summary>Lines of the letterhead searched for motto, reference and date: as far as the parser's header reader looks.</summary>
    private const int HeaderWindow = 45;

    public ParsedDocument Doc => part.Document;
    public IReadOnlyList<string> Lines => part.Lines;
    public IReadOnlyList<string> IssuerLines => part.IssuerLines;
    public bool Extracted { get; } = extracted;
    public bool IsParty { get; } = DetectParty(part);

    /// <summary>The severity of an element that should be there and is not.</summary>
    public string Absent => Extracted ? LintSeverity.Warning : LintSeverity.Error;

    /// <summary>A bilingual suffix for an absence, saying why a text copy gets only a warning.</summary>
    public (string Vi, string En) AbsentNote => Extracted
        ? (" (bản trích văn bản có thể đã mất phần này)", " (a text extract may have lost this part)")
        : ("", "");

    public int HeaderEnd => Math.Min(Lines.Count, HeaderWindow);

    /// <summary>The first line index in [from, to) that matches, or -1.</summary>
    public int Find(Func<string, bool> match, int from = 0, int? to = null)
    {
        var end = to ?? Lines.Count;
        for (var i = from; i < end; i++)
            if (Lines[i].Length > 0 && match(Lines[i])) return i;
        return -1;
    }

    /// <summary>The last line index that matches, or -1.</summary>
    public int FindLast(Func<string, bool> match)
    {
        for (var i = Lines.Count - 1; i >= 0; i--)
            if (Lines[i].Length > 0 && match(Lines[i])) return i;
        return -1;
    }

    /// <summary>"quốc hiệu (dòng 3) / national motto (line 3)", prefixed with the document's place in a bundle.</summary>
    public string Where(string vi, string en, int line = -1)
    {
        var lineVi = line >= 0 && numberedLines ? $" (dòng {part.Offset + line + 1})" : "";
        var lineEn = line >= 0 && numberedLines ? $" (line {part.Offset + line + 1})" : "";
        var docVi = count > 1 ? $"văn bản {index + 1}, " : "";
        var docEn = count > 1 ? $"document {index + 1}, " : "";
        return $"{docVi}{vi}{lineVi} / {docEn}{en}{lineEn}";
    }

    public static LintFinding Finding(string rule, string severity, string where, string? found, string? expected, string vi, string en) =>
        new(rule, severity, where, found, expected, $"{vi} / {en}");

    // Guidance 36 documents carry "ĐẢNG CỘNG SẢN VIỆT NAM", number before type ("83-KH/TU"), and come from
    // Party committees; a copy that lost its letterhead still shows the last two.
    private static bool DetectParty(ParsedPart part)
    {
        foreach (var line in part.Lines.Take(HeaderWindow))
        {
            var f = VietnameseText.Fold(line).Trim(' ', '.', ':');
            if (f == "dang cong san viet nam") return true;
            if (f == "cong hoa xa hoi chu nghia viet nam") return false;
        }
        var doc = part.Document;
        if (doc.Reference is { } r && PartyReference.IsMatch(r)) return true;
        var issuer = VietnameseText.Fold(doc.Issuer);
        return PartyBodies.Any(b => issuer.Contains(b, StringComparison.Ordinal));
    }

    private static readonly System.Text.RegularExpressions.Regex PartyReference =
        new(@"^\d*-\p{L}+/", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] PartyBodies =
        ["tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "dang uy", "dang bo", "chi bo", "ban chap hanh dang"];
}
