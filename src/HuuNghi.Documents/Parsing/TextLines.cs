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

    public static string Fold(string s) => VietnameseText.Fold(s);

    /// <summary>True when the folded line starts with the folded prefix (tone placement and case ignored).</summary>
    public static bool FoldStarts(string line, string foldedPrefix) => Fold(line).StartsWith(foldedPrefix, StringComparison.Ordinal);

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
