using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Cleans raw text into trimmed lines: NFC and PDF look-alikes (via <see cref="VietnameseText.Canonical"/>),
/// Markdown decoration and footnotes removed, lone footnote digits dropped. Blank lines are kept because
/// they carry paragraph structure.
/// </summary>
internal static partial class Normaliser
{
    public static List<string> ToLines(string text)
    {
        var canonical = VietnameseText.Canonical(text).Replace("\r\n", "\n").Replace('\r', '\n');
        var raw = canonical.Split('\n');
        var lines = new List<string>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i].Contains("<sup>", StringComparison.Ordinal) && FootnoteStart().IsMatch(raw[i]))
            {
                i = SkipFootnote(raw, i);
                continue;
            }
            lines.Add(ExtractionRepair.Line(CleanLine(raw[i])));
        }
        ExtractionRepair.JoinBrokenWords(lines);
        JoinWrappedMottos(lines);
        return lines;
    }

    // A narrow header cell wraps the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM"); the bundle splitter
    // and the header reader need it whole.
    private static void JoinWrappedMottos(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Length == 0 || lines[i + 1].Length == 0 || BundleSplitter.IsMotto(lines[i])) continue;
            var f = TextLines.Fold(lines[i]);
            if (!f.StartsWith("cong hoa xa hoi", StringComparison.Ordinal) && !f.StartsWith("dang cong san", StringComparison.Ordinal)) continue;
            var joined = lines[i] + " " + lines[i + 1];
            if (!BundleSplitter.IsMotto(joined)) continue;
            lines[i] = joined;
            lines[i + 1] = "";
        }
    }

    /// <summary>Removes Markdown emphasis, headings, tags and stray spacing from one line.</summary>
    internal static string CleanLine(string line)
    {
        var s = line;
        // Each step only when its trigger character is present: most lines are plain text.
        if (s.Contains('<'))
        {
            s = Tag().Replace(s.Replace("<sup>", "\u0002").Replace("</sup>", "\u0003"), "");
            s = SupMark().Replace(s, "");
        }
        if (s.AsSpan().IndexOfAny("*_\\") >= 0)
            s = s.Replace("\\*", "\u0001").Replace("**", "").Replace("__", "").Replace("*", "").Replace("\u0001", "*").Replace("\\", "");
        if (s.AsSpan().IndexOfAny("\u00A0\u200B") >= 0) s = s.Replace('\u00A0', ' ').Replace('\u200B', ' ');
        s = s.Trim();
        if (s.Length == 0) return s;
        if (s[0] == '#') s = Heading().Replace(s, "");
        if (s.Length > 0 && s[0] is '-' or '_' or '=' && Rule().IsMatch(s)) return "";
        if (s.Length <= 3 && LoneDigits().IsMatch(s)) return "";
        return s.Contains("  ", StringComparison.Ordinal) || s.Contains('\t') ? MultiSpace().Replace(s, " ").Trim() : s;
    }

    // A footnote body pasted at a page foot ("<sup>1</sup> - Biên bản …") runs on through its own dashed
    // paragraphs (and their wrapped lines); the page's text resumes with the first other paragraph.
    private static int SkipFootnote(string[] raw, int start)
    {
        var inParagraph = true;
        var i = start + 1;
        for (; i < raw.Length; i++)
        {
            var s = CleanLine(raw[i]);
            if (s.Length == 0) inParagraph = false;
            else if (inParagraph || s.StartsWith('-') || s.StartsWith('–')) inParagraph = true;
            else break;
        }
        return i - 1;
    }

    [GeneratedRegex(@"^\s*<sup>\s*\d+\s*</sup>")]
    private static partial Regex FootnoteStart();
    [GeneratedRegex(@"<[^>@\u0002\u0003]{1,40}>")]
    private static partial Regex Tag();
    [GeneratedRegex(@"\u0002[^\u0003]*\u0003|[\u0002\u0003]")]
    private static partial Regex SupMark();
    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex Heading();
    [GeneratedRegex(@"^(-{3,}|_{3,}|={3,})$")]
    private static partial Regex Rule();
    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex LoneDigits();
    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();
}
