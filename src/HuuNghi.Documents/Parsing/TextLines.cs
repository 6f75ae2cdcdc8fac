using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Parsing;

/// <summary>Small predicates over cleaned lines, shared by the readers.</summary>
internal static partial class TextLines
{
    /// <summary>All letters upper case and at least two of them: headers, kind words, signer blocks.</summary>
    public static bool IsCaps(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (!char.IsLetter(c)) continue;
            if (char.IsLower(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    /// <summary>
    /// <see cref="VietnameseText.Fold"/> for NFC text, by table: the parser folds every line several times,
    /// and decomposing each time dominated the parse. The table covers Latin, Vietnamese and punctuation.
    /// </summary>
    public static string Fold(string s)
    {
        var buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        var lastWasSpace = true;
        foreach (var ch in s)
        {
            // Past the table (CJK, symbols) no Vietnamese letter lives: case folding is all there is to do.
            var c = ch < FoldTable.Length ? FoldTable[ch] : char.ToLowerInvariant(ch);
            if (c == '\0') continue;
            if (c == ' ')
            {
                if (!lastWasSpace) buffer[n++] = ' ';
                lastWasSpace = true;
                continue;
            }
            buffer[n++] = c;
            lastWasSpace = false;
        }
        if (n > 0 && buffer[n - 1] == ' ') n--;
        return new string(buffer[..n]);
    }

    // Each character's fold (a single char, ' ' for white space, '\0' for a dropped combining mark).
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x3000];
        for (var i = 0; i < table.Length; i++)
        {
            var ch = (char)i;
            if (char.IsWhiteSpace(ch)) { table[i] = ' '; continue; }
            if (char.IsSurrogate(ch)) { table[i] = ch; continue; }
            var folded = VietnameseText.Fold(ch.ToString());
            table[i] = folded.Length switch { 0 => '\0', 1 => folded[0], _ => ch };
        }
        return table;
    }

    /// <summary>True when the folded line starts with the folded prefix (tone placement and case ignored).</summary>
    public static bool FoldStarts(string line, string foldedPrefix) =>
        line.Length >= foldedPrefix.Length && char.ToLowerInvariant(Fold(line[..1]).FirstOrDefault()) == foldedPrefix[0]
        && Fold(line).StartsWith(foldedPrefix, StringComparison.Ordinal);

    /// <summary>Strips list dashes in front and separators behind: "- Như trên;" → "Như trên".</summary>
    public static string CleanItem(string item)
    {
        var s = item.Trim();
        s = LeadingBullet().Replace(s, "");
        return s.TrimEnd(' ', ';', ',', '.', '\t').Trim();
    }

    /// <summary>Joins wrapped lines with single spaces, except a word broken after a hyphen ("QĐ-" + "UBND").</summary>
    public static string Join(IEnumerable<string> parts)
    {
        var result = "";
        foreach (var raw in parts)
        {
            var p = raw.Trim();
            if (p.Length == 0) continue;
            if (result.Length == 0) result = p;
            else if (HyphenBreak().IsMatch(result)) result += p;
            else result += " " + p;
        }
        return result;
    }

    public static string Collapse(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"^[-–+•]\s*")]
    private static partial Regex LeadingBullet();
    [GeneratedRegex(@"\p{L}-$")]
    private static partial Regex HyphenBreak();
    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
