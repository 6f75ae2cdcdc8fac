using System.Text;
using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Undoes what text extraction (above all from PDF) does to words, whatever the fonts: stray spaces inside
/// a reference ("609- QĐ/TU", "45 /QĐ-UBND"), a word glued to a number ("số45/…"), two words run together
/// ("Chỉthị", "Nghị địnhsố"), and a word broken at a line end ("Quyế" / "t định"). Each repair rests on the
/// shape of Vietnamese syllables or of a reference, never on a word list.
/// </summary>
internal static partial class ExtractionRepair
{
    /// <summary>Repairs within one cleaned line.</summary>
    public static string Line(string line)
    {
        if (line.Length == 0) return line;
        var s = line;
        if (s.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            if (s.Contains(' ')) s = SpacedReference().Replace(s, CloseReference);
            s = GluedNumber().Replace(s, m => VietnameseSyllable.IsValid(m.Groups["w"].ValueSpan) ? m.Groups["w"].Value + " " : m.Value);
        }
        return SplitRunTogether(s);
    }

    /// <summary>Joins a word broken across two lines back onto the first line, with the rest of the second.</summary>
    public static void JoinBrokenWords(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (line.Length == 0 || next.Length == 0 || !char.IsLetter(line[^1]) || !char.IsLetter(next[0])) continue;
            var head = TrailingWord(line);
            var tail = LeadingWord(next);
            if (head.Length > 7 || tail.Length > 7) continue;
            // Both pieces must be fragments and together one syllable: "Chỉ" / "thị" are two words.
            if (VietnameseSyllable.IsValid(head) || VietnameseSyllable.IsValid(tail)) continue;
            if (!VietnameseSyllable.IsValid(string.Concat(head, tail))) continue;
            lines[i] = line + next;
            lines.RemoveAt(i + 1);
            i--;
        }
    }

    // "609- QĐ/TU" → "609-QĐ/TU": a number and a symbol (capitals, at least two parts or after "/") with
    // spaces round the separators. "Điều 1 - Phạm vi" is no reference: "Phạm" is an ordinary word.
    private static string CloseReference(Match m)
    {
        var parts = m.Groups["p"].Captures;
        if (!m.Value.Contains(' ')) return m.Value;
        foreach (Capture part in parts)
            if (!IsSymbolPart(part.Value)) return m.Value;
        if (m.Groups["sep"].Value == "-" && parts.Count < 2) return m.Value;
        return m.Value.Replace(" ", "");
    }

    // "QĐ", "UBND", "SNgV", "CTr", "LS&HTQT": two capitals at least (never "Phạm", "Hiệu").
    private static bool IsSymbolPart(string part)
    {
        var uppers = 0;
        foreach (var c in part)
            if (char.IsUpper(c)) uppers++;
        return uppers >= 2;
    }

    // "Chỉthị" → "Chỉ thị": a word with two vowel runs that splits one way only into two syllables.
    private static string SplitRunTogether(string line)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && char.IsLetter(line[i])) continue;
            var length = i - start;
            if (length >= 4 && IsVietnameseRun(line.AsSpan(start, length)) && Split(line.AsSpan(start, length)) is { } at)
            {
                sb ??= new StringBuilder(line.Length + 4);
                sb.Append(line, copied, start + at - copied).Append(' ');
                copied = start + at;
            }
            start = i + 1;
        }
        return sb is null ? line : sb.Append(line, copied, line.Length - copied).ToString();
    }

    private static bool IsVietnameseRun(ReadOnlySpan<char> word)
    {
        var marked = false;
        foreach (var c in word)
            if (c > 0x7F) { marked = true; break; }
        return marked && VietnameseSyllable.HasTwoVowelRuns(word) && !VietnameseSyllable.IsValid(word);
    }

    private static int? Split(ReadOnlySpan<char> word)
    {
        int? found = null;
        for (var k = 1; k < word.Length; k++)
        {
            if (!VietnameseSyllable.IsValid(word[..k]) || !VietnameseSyllable.IsValid(word[k..])) continue;
            if (found is not null) return null;
            found = k;
        }
        return found;
    }

    private static string TrailingWord(string line)
    {
        var i = line.Length;
        while (i > 0 && char.IsLetter(line[i - 1])) i--;
        return line[i..];
    }

    private static string LeadingWord(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsLetter(line[i])) i++;
        return line[..i];
    }

    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,5}(?:\s*/\s*\d{4})?\s*(?<sep>[/-])\s*(?<p>\p{Lu}[\p{L}&]*)(?:\s*[/-]\s*(?<p>\p{Lu}[\p{L}&]*))*")]
    private static partial Regex SpacedReference();
    [GeneratedRegex(@"(?<![\p{L}\d])(?<w>\p{Ll}{2,7})(?=\d)")]
    private static partial Regex GluedNumber();
}
