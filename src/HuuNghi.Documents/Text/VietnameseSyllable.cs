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
        // By table, without allocating: the normaliser asks this of many words.
        Span<char> bare = stackalloc char[8];
        var tone = '\0';
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= Bare.Length || Bare[c] == NoLetter) return false;
            bare[i] = Bare[c];
            if (Tone[c] == '\0') continue;
            if (tone != '\0') return false;
            tone = Tone[c];
        }
        var letters = bare[..word.Length];
        if (!Shape().IsMatch(letters)) return false;
        // A stop-closed syllable carries only the acute or the dot below ("tốt", "học"; never "tồt").
        var last = letters[^1];
        var stopped = last is 'p' or 't' or 'c' || (last == 'h' && letters.Length > 1 && letters[^2] == 'c');
        return !stopped || tone is Acute or DotBelow;
    }

    /// <summary>What a character is to a syllable, by table: not a letter, a consonant, or a vowel under any marks.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static LetterClass ClassOf(char c) =>
        c < Classes.Length ? (LetterClass)Classes[c] : char.IsLetter(c) ? LetterClass.Consonant : LetterClass.None;

    public enum LetterClass : byte { None, Consonant, Vowel }

    private const char NoLetter = '\uffff';

    // Each letter's lower-case form without its tone mark ("Ệ" → 'ê'), and the tone mark it carries.
    private static readonly char[] Tone = new char[0x2000];
    private static readonly char[] Bare = BuildTables(Tone);
    private static readonly byte[] Classes = BuildClasses(Bare);

    private static byte[] BuildClasses(char[] bare)
    {
        var classes = new byte[bare.Length];
        for (var i = 0; i < bare.Length; i++)
        {
            classes[i] = (byte)(bare[i] is 'a' or 'ă' or 'â' or 'e' or 'ê' or 'i' or 'o' or 'ô' or 'ơ' or 'u' or 'ư' or 'y' ? LetterClass.Vowel
                : bare[i] != NoLetter || char.IsLetter((char)i) ? LetterClass.Consonant : LetterClass.None);
        }
        return classes;
    }

    private static char[] BuildTables(char[] tones)
    {
        var bareOf = new char[tones.Length];
        for (var i = 0; i < bareOf.Length; i++)
        {
            var ch = (char)i;
            bareOf[i] = NoLetter;
            if (char.IsSurrogate(ch) || !char.IsLetter(ch)) continue;
            var decomposed = ch.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD);
            var tone = '\0';
            var rest = new StringBuilder();
            foreach (var c in decomposed)
            {
                if (c is '\u0300' or Acute or '\u0303' or '\u0309' or DotBelow) tone = c;
                else rest.Append(c);
            }
            var bare = rest.ToString().Normalize(NormalizationForm.FormC);
            if (bare.Length != 1) continue;
            bareOf[i] = bare[0];
            tones[i] = tone;
        }
        return bareOf;
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
