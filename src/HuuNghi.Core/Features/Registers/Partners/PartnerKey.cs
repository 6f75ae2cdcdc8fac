using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.Registers.Partners;

/// <summary>
/// When two spellings of a partner are the same partner: case, diacritics, punctuation, spacing and a
/// leading "tổ chức" don't matter ("RIKOLTO", "Tổ chức Rikolto", "rikolto." meet).
/// </summary>
public static partial class PartnerKey
{
    private static readonly string[] IgnoredPrefixes = ["to chuc ", "the "];

    public static string Of(string? name)
    {
        var key = Spaces().Replace(NonWord().Replace(VietnameseText.Fold(name), " "), " ").Trim();
        foreach (var prefix in IgnoredPrefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.Length > prefix.Length + 2) key = key[prefix.Length..];
        return key;
    }

    /// <summary>Edit distance, bounded: near-misses ("Rikoto" for "Rikolto") are refused with a suggestion.</summary>
    public static bool IsNear(string a, string b)
    {
        if (a.Length < 6 || b.Length < 6 || Math.Abs(a.Length - b.Length) > 2) return false;
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length] <= 2;
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
