using System.Text;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// VNI for Windows: a Vietnamese letter is a base byte followed by a mark byte from the Latin-1 range
/// ("Vieät" = "Việt"); ơ, ư, đ and some toned i/y are single bytes. Capitals use the capital mark bytes.
/// </summary>
internal static class Vni
{
    // Unicode letter → its VNI spelling in Windows-1252 characters (small letters; capitals are derived).
    private static readonly (string Letter, string Code)[] Small =
    [
        ("á", "aù"), ("à", "aø"), ("ả", "aû"), ("ã", "aõ"), ("ạ", "aï"),
        ("â", "aâ"), ("ấ", "aá"), ("ầ", "aà"), ("ẩ", "aå"), ("ẫ", "aã"), ("ậ", "aä"),
        ("ă", "aê"), ("ắ", "aé"), ("ằ", "aè"), ("ẳ", "aú"), ("ẵ", "aü"), ("ặ", "aë"),
        ("é", "eù"), ("è", "eø"), ("ẻ", "eû"), ("ẽ", "eõ"), ("ẹ", "eï"),
        ("ê", "eâ"), ("ế", "eá"), ("ề", "eà"), ("ể", "eå"), ("ễ", "eã"), ("ệ", "eä"),
        ("í", "í"), ("ì", "ì"), ("ỉ", "æ"), ("ĩ", "ó"), ("ị", "ò"),
        ("ó", "où"), ("ò", "oø"), ("ỏ", "oû"), ("õ", "oõ"), ("ọ", "oï"),
        ("ô", "oâ"), ("ố", "oá"), ("ồ", "oà"), ("ổ", "oå"), ("ỗ", "oã"), ("ộ", "oä"),
        ("ơ", "ô"), ("ớ", "ôù"), ("ờ", "ôø"), ("ở", "ôû"), ("ỡ", "ôõ"), ("ợ", "ôï"),
        ("ú", "uù"), ("ù", "uø"), ("ủ", "uû"), ("ũ", "uõ"), ("ụ", "uï"),
        ("ư", "ö"), ("ứ", "öù"), ("ừ", "öø"), ("ử", "öû"), ("ữ", "öõ"), ("ự", "öï"),
        ("ý", "yù"), ("ỳ", "yø"), ("ỷ", "yû"), ("ỹ", "yõ"), ("ỵ", "î"),
        ("đ", "ñ"),
    ];

    private static readonly Dictionary<string, string> CodeToLetter = BuildDecode();
    private static readonly Dictionary<string, string> LetterToCode = BuildEncode();

    public static string Decode(byte[] bytes)
    {
        var latin = Encoding.Latin1.GetString(bytes);
        var sb = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length; i++)
        {
            if (i + 1 < latin.Length && CodeToLetter.TryGetValue(latin.Substring(i, 2), out var pair))
            {
                sb.Append(pair);
                i++;
            }
            else if (latin[i] >= 0x80 && CodeToLetter.TryGetValue(latin[i].ToString(), out var single)) sb.Append(single);
            else sb.Append(latin[i]);
        }
        return sb.ToString();
    }

    /// <summary>Encodes Unicode text to VNI bytes; for tests and tools.</summary>
    public static byte[] Encode(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
            sb.Append(LetterToCode.TryGetValue(c.ToString(), out var code) ? code : c.ToString());
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    private static Dictionary<string, string> BuildDecode()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, code) in Small)
        {
            map[code] = letter;
            map[code.ToUpperInvariant()] = letter.ToUpperInvariant();
        }
        return map;
    }

    private static Dictionary<string, string> BuildEncode()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, code) in Small)
        {
            map[letter] = code;
            map[letter.ToUpperInvariant()] = code.ToUpperInvariant();
        }
        return map;
    }
}
