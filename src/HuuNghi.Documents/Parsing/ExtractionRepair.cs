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
            if (MayHoldSpacedReference(s)) s = SpacedReference().Replace(s, CloseReference);
            s = PartGluedNumbers(s);
        }
        return SplitRunTogether(s);
    }

    // Most lines hold no separator with a space beside it next to a digit or capital: skip the regex for them.
    private static bool MayHoldSpacedReference(string s)
    {
        for (var i = 1; i + 1 < s.Length; i++)
        {
            if (s[i] is not ('/' or '-') || (s[i - 1] != ' ' && s[i + 1] != ' ')) continue;
            var before = s[i - 1] == ' ' ? i - 2 : i - 1;
            if (before >= 0 && (char.IsAsciiDigit(s[before]) || char.IsUpper(s[before]))) return true;
        }
        return false;
    }

    // "số45/QĐ-UBND" → "số 45/QĐ-UBND": a syllable run into the digits after it ("km2" is no syllable).
    private static string PartGluedNumbers(string s)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = 2; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || !char.IsLower(s[i - 1])) continue;
            var start = i - 1;
            while (start > 0 && char.IsLetter(s[start - 1])) start--;
            var length = i - start;
            if (length is < 2 or > 7 || !VietnameseSyllable.IsValid(s.AsSpan(start, length))) continue;
            sb ??= new StringBuilder(s.Length + 4);
            sb.Append(s, copied, i - copied).Append(' ');
            copied = i;
        }
        return sb is null ? s : sb.Append(s, copied, s.Length - copied).ToString();
    }

    /// <summary>Joins a word broken across two lines back onto the first line, with the rest of the second.</summary>
    public static void JoinBrokenWords(List<string> lines)
    {
        Span<char> whole = stackalloc char[14];
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (line.Length == 0 || next.Length == 0 || !char.IsLetter(line[^1]) || !char.IsLetter(next[0])) continue;
            var head = TrailingWord(line);
            var tail = LeadingWord(next);
            if (head.Length > 7 || tail.Length > 7) continue;
            // Both pieces must be fragments and together one syllable: "Chỉ" / "thị" are two words.
            if (VietnameseSyllable.IsValid(head) || VietnameseSyllable.IsValid(tail)) continue;
            head.CopyTo(whole);
            tail.CopyTo(whole[head.Length..]);
            if (!VietnameseSyllable.IsValid(whole[..(head.Length + tail.Length)])) continue;
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

    // "Chỉthị" → "Chỉ thị": a word with two vowel runs that splits one way only into two syllables. One pass
    // over the line: each word's letters are counted as they go by, and only a candidate is looked at again.
    private static string SplitRunTogether(string line)
    {
        StringBuilder? sb = null;
        var copied = 0;
        var start = 0;
        // Counted without branches where possible: vowels and consonants alternate too irregularly to predict.
        var runs = 0;
        var inVowel = 0;
        var marked = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var kind = (int)VietnameseSyllable.ClassOf(c);
            if (kind != 0)
            {
                var vowel = kind >> 1;
                runs += vowel & ~inVowel;
                inVowel = vowel;
                marked |= c > 0x7F ? 1 : 0;
                continue;
            }
            if (runs > 1 && marked != 0) TrySplit(line, start, i, ref sb, ref copied);
            start = i + 1;
            runs = inVowel = marked = 0;
        }
        if (runs > 1 && marked != 0) TrySplit(line, start, line.Length, ref sb, ref copied);
        return sb is null ? line : sb.Append(line, copied, line.Length - copied).ToString();
    }

    private static void TrySplit(string line, int start, int end, ref StringBuilder? sb, ref int copied)
    {
        var word = line.AsSpan(start, end - start);
        if (word.Length < 4 || VietnameseSyllable.IsValid(word) || Split(word) is not { } at) return;
        sb ??= new StringBuilder(line.Length + 4);
        sb.Append(line, copied, start + at - copied).Append(' ');
        copied = start + at;
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

    private static ReadOnlySpan<char> TrailingWord(string line)
    {
        var i = line.Length;
        while (i > 0 && char.IsLetter(line[i - 1])) i--;
        return line.AsSpan(i);
    }

    private static ReadOnlySpan<char> LeadingWord(string line)
    {
        var i = 0;
        while (i < line.Length && char.IsLetter(line[i])) i++;
        return line.AsSpan(0, i);
    }

    [GeneratedRegex(@"(?<![\p{L}\d/])\d{1,5}(?:\s*/\s*\d{4})?\s*(?<sep>[/-])\s*(?<p>\p{Lu}[\p{L}&]*)(?:\s*[/-]\s*(?<p>\p{Lu}[\p{L}&]*))*")]
    private static partial Regex SpacedReference();
}
