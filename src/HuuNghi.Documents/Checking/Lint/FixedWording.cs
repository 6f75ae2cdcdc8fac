using System.Text;
using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>How far a fixed phrase (the motto, "Độc lập - Tự do - Hạnh phúc") is from the decree's wording.</summary>
internal enum Wording
{
    Exact,
    /// <summary>Only the old tone placement ("HOÀ" for "HÒA"): both spellings are in use.</summary>
    OldTonePlacement,
    /// <summary>Letters equal but a diacritic differs ("HÕA"): a font or extraction look-alike as often as a typo.</summary>
    Diacritics,
    /// <summary>Words, case, dashes or spacing differ.</summary>
    Different,
}

internal static partial class FixedWording
{
    public static Wording Compare(string found, string expected)
    {
        var f = Spaces().Replace(found.Trim().TrimEnd('.'), " ");
        if (f == expected) return Wording.Exact;
        if (NewTonePlacement(f) == expected) return Wording.OldTonePlacement;
        // Fold drops case as well as marks, so the shape (case, dashes, spaces) must match before letters that
        // fold alike count as "only a diacritic differs".
        if (VietnameseText.Fold(f) == VietnameseText.Fold(expected) && SameShape(f, expected)) return Wording.Diacritics;
        return Wording.Different;
    }

    /// <summary>Same length, same case and same non-letters at each place: what differs can only be a mark.</summary>
    private static bool SameShape(string a, string b)
    {
        var x = a.Normalize(NormalizationForm.FormC);
        var y = b.Normalize(NormalizationForm.FormC);
        if (x.Length != y.Length) return false;
        for (var i = 0; i < x.Length; i++)
        {
            if (char.IsLetter(x[i]) != char.IsLetter(y[i])) return false;
            if (!char.IsLetter(x[i]) && x[i] != y[i]) return false;
            if (char.IsLetter(x[i]) && char.IsUpper(x[i]) != char.IsUpper(y[i])) return false;
        }
        return true;
    }

    // Old placement puts the tone on the second vowel of "oa", "oe", "uy"; the decree's samples put it on the first.
    private static readonly (string Old, string New)[] Tones = BuildTones();

    private static (string, string)[] BuildTones()
    {
        var pairs = new List<(string, string)>();
        var marks = new[] { "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };
        foreach (var (first, second) in new[] { ("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y") })
        {
            foreach (var mark in marks)
            {
                var old = (first + second + mark).Normalize(NormalizationForm.FormC);
                var modern = (first + mark + second).Normalize(NormalizationForm.FormC);
                pairs.Add((old, modern));
            }
        }
        return [.. pairs];
    }

    private static string NewTonePlacement(string s)
    {
        var result = s.Normalize(NormalizationForm.FormC);
        foreach (var (old, modern) in Tones) result = result.Replace(old, modern, StringComparison.Ordinal);
        return result;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
