using System.Globalization;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Turns a capitals header line into the way the name is written in running text:
/// "ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI" → "Ủy ban nhân dân huyện Tháp Mười".
/// </summary>
internal static class Casing
{
    // Vietnamese has no culture-specific casing, and invariant casing needs no ICU data on the server.
    private static readonly CultureInfo CasingCulture = CultureInfo.InvariantCulture;

    // Administrative units: the word is small, the place name after it is capitalised.
    private static readonly string[] Localities = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "xã", "quận", "phường", "đặc khu"];

    // Names that keep capitals inside a body's name, by convention.
    private static readonly string[] ProperParts =
    [
        "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy", "Đảng ủy", "Thường vụ", "Dân vận", "Tuyên giáo", "Lao động",
        "Tổ quốc", "Việt Nam", "Ngoại vụ", "Nội vụ", "Chấp hành", "Kiểm tra", "Tổ chức", "Mặt trận",
    ];

    public static string FromCaps(string caps)
    {
        var lower = caps.Trim().ToLower(CasingCulture);
        if (lower.Length == 0) return lower;
        var words = lower.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var result = new List<string>(words.Count);
        var placeFollows = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // "TỈNH ỦY TÂY NINH": a Party committee named after its place, not a locality word.
            if (i + 1 < words.Count && TextLines.Fold(words[i + 1]) == "uy" && w is "tỉnh" or "huyện" or "thành" or "thị" or "đảng")
            {
                result.Add(Capitalise(w) + " " + words[i + 1]);
                i++;
                placeFollows = true;
                continue;
            }
            if (placeFollows || i == 0) w = Capitalise(w);
            result.Add(w);
            if (LocalityAt(words, i) is { } n)
            {
                for (var k = 1; k < n; k++) result.Add(words[++i]);
                placeFollows = true;
            }
        }
        var text = string.Join(' ', result);
        foreach (var part in ProperParts)
            text = ReplaceWord(text, part.ToLower(CasingCulture), part);
        return text;
    }

    /// <summary>"NGUYỄN VĂN AN" → "Nguyễn Văn An": every word capitalised, as personal names are.</summary>
    public static string FromCapsName(string caps) =>
        string.Join(' ', caps.ToLower(CasingCulture).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Capitalise));

    private static int? LocalityAt(List<string> words, int i)
    {
        foreach (var loc in Localities)
        {
            var parts = loc.Split(' ');
            if (i + parts.Length > words.Count) continue;
            if (parts.Select((p, k) => words[i + k] == p).All(x => x)) return parts.Length;
        }
        return null;
    }

    private static string ReplaceWord(string text, string from, string to)
    {
        var idx = text.IndexOf(from, StringComparison.Ordinal);
        while (idx >= 0)
        {
            var endOk = idx + from.Length == text.Length || text[idx + from.Length] == ' ';
            var startOk = idx == 0 || text[idx - 1] == ' ';
            if (startOk && endOk) text = text[..idx] + to + text[(idx + from.Length)..];
            idx = text.IndexOf(from, idx + 1, StringComparison.Ordinal);
        }
        return text;
    }

    private static string Capitalise(string w) => w.Length == 0 ? w : char.ToUpper(w[0], CasingCulture) + w[1..];
}
