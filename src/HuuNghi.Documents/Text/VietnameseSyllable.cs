using System.Text;
using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Text;

/// <summary>
/// Whether a word is one well-formed Vietnamese syllable: an initial consonant, a rime from the language's
/// inventory and a tone the rime allows (a syllable closed by p, t, c or ch takes only the acute or the dot
/// below). Text extraction breaks and glues words; this tells "Quyế" + "t" (two fragments) from "Chỉ" + "thị"
/// (two words), without a dictionary.
/// </summary>
public static partial class VietnameseSyllable
{
    private const char Acute = '\u0301';
    private const char DotBelow = '\u0323';

    /// <summary>True when <paramref name="word"/> (any case, letters only) is one valid syllable.</summary>
    public static bool IsValid(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 8) return false;
        Span<char> buffer = stackalloc char[24];
        var decomposed = word.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        if (decomposed.Length > buffer.Length) return false;
        var n = 0;
        var tone = '\0';
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or Acute or '\u0303' or '\u0309' or DotBelow)
            {
                if (tone != '\0') return false;
                tone = c;
                continue;
            }
            buffer[n++] = c;
        }
        var bare = new string(buffer[..n]).Normalize(NormalizationForm.FormC);
        var m = Shape().Match(bare);
        if (!m.Success) return false;
        var final = m.Groups["f"].Value;
        // A stop-closed syllable carries only the acute or the dot below ("tốt", "học"; never "tồt").
        if (final is "p" or "t" or "c" or "ch" && tone is not (Acute or DotBelow)) return false;
        return true;
    }

    /// <summary>
    /// True for a word in which a consonant stands between two vowels ("Chỉthị", "địnhsố"): one Vietnamese
    /// syllable has a single run of vowels, so such a word is two run together (or not Vietnamese at all).
    /// A cheap test before <see cref="IsValid"/>, which costs more.
    /// </summary>
    public static bool HasTwoVowelRuns(ReadOnlySpan<char> word)
    {
        var runs = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var vowel = IsVowel(c);
            if (vowel && !inVowel && ++runs > 1) return true;
            inVowel = vowel;
        }
        return false;
    }

    private static bool IsVowel(char c) => c < Vowels.Length && Vowels[c];

    // Which characters are a, e, i, o, u, y under their marks ("ệ", "ư", "Ơ"), built once from the fold.
    private static readonly bool[] Vowels = BuildVowels();

    private static bool[] BuildVowels()
    {
        var table = new bool[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            if (char.IsSurrogate((char)i) || !char.IsLetter((char)i)) continue;
            var folded = VietnameseText.Fold(((char)i).ToString());
            table[i] = folded is "a" or "e" or "i" or "o" or "u" or "y";
        }
        return table;
    }

    // Initial consonants, then the rimes (vowel nucleus with its medial and final) in their toneless form.
    [GeneratedRegex("""
        ^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?
        (?:
          (?:a|e|oa|oe)(?<f>ch|nh|ng|c|m|n|p|t|i|y|o|u)?
        | (?:ă|oă)(?<f>ng|c|m|n|p|t)
        | (?:â|uâ)(?<f>ng|c|m|n|p|t|u|y)
        | (?:ê|uê)(?<f>ch|nh|c|m|n|p|t|u)?
        | i(?<f>ch|nh|c|m|n|p|t|a|u)?
        | (?:iê|yê|uyê)(?<f>ng|c|m|n|p|t|u)
        | y
        | uy(?<f>ch|nh|n|t|a|u)?
        | (?:o|ô)(?<f>ng|c|m|n|p|t|i)?
        | oo(?<f>ng|c)
        | ơ(?<f>m|n|p|t|i)?
        | uơ
        | u(?<f>ng|c|m|n|p|t|a|i|y)?
        | uô(?<f>ng|c|m|n|t|i)
        | ư(?<f>ng|c|m|n|t|a|i|u)?
        | ươ(?<f>ng|c|m|n|p|t|i|u)
        )$
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
