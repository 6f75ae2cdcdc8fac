using System.Text;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// TCVN 5712:1993 "ABC" (TCVN3), the encoding of the .VnTime fonts: one byte per Vietnamese letter. Its
/// capitals with tones live in a separate font (.VnTimeH) on the same bytes, so they decode to small letters.
/// </summary>
internal static class Tcvn3
{
    private const string Letters =
        "ĂÂÊÔƠƯĐăâêôơưđ" +
        "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";

    private static readonly byte[] Codes =
    [
        0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
        0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
        0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
        0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
        0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
    ];

    private static readonly char[] ByteToChar = BuildDecodeTable();
    private static readonly Dictionary<char, byte> CharToByte = BuildEncodeTable();

    public static string Decode(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes) sb.Append(ByteToChar[b]);
        return RestoreCapitalLines(sb.ToString());
    }

    // A line typed in the capitals font (headers, kind words, signer blocks) decodes with small toned
    // letters among capitals ("ủY BAN NHÂN DÂN"): a line whose Latin letters are all capitals and has no
    // digits was such a line.
    internal static string RestoreCapitalLines(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var upper = line.Count(char.IsAsciiLetterUpper);
            if (upper >= 3 && !line.Any(char.IsAsciiLetterLower) && !line.Any(char.IsAsciiDigit))
                lines[i] = line.ToUpperInvariant();
        }
        return string.Join('\n', lines);
    }

    /// <summary>Encodes Unicode text to TCVN3 (capital toned letters become small ones); for tests and tools.</summary>
    public static byte[] Encode(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var bytes = new List<byte>(nfc.Length);
        foreach (var c in nfc)
        {
            if (CharToByte.TryGetValue(c, out var b) || CharToByte.TryGetValue(char.ToLowerInvariant(c), out b)) bytes.Add(b);
            else bytes.Add(c < 0x80 ? (byte)c : (byte)'?');
        }
        return [.. bytes];
    }

    private static char[] BuildDecodeTable()
    {
        var table = new char[256];
        for (var i = 0; i < 256; i++) table[i] = i < 0x80 ? (char)i : Encoding.Latin1.GetString([(byte)i])[0];
        for (var i = 0; i < Codes.Length; i++) table[Codes[i]] = Letters[i];
        return table;
    }

    private static Dictionary<char, byte> BuildEncodeTable()
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < Codes.Length; i++) map[Letters[i]] = Codes[i];
        return map;
    }
}
