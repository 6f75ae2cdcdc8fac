using System.Text;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// Pre-Unicode Vietnamese encodings still met in old files: Windows-1258 (combining tones), TCVN3/ABC
/// (the .VnTime fonts, one byte per toned letter) and VNI (a base letter followed by mark bytes).
/// </summary>
internal static class LegacyVietnamese
{
    // Frequent syllables: whichever decoding yields most of them is the file's real encoding.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "của", "và", "các", "những", "được", "không", "người", "việt", "công", "thực", "hiện", "năm", "ngày",
        "tháng", "trong", "đã", "với", "này", "cho", "một", "là", "có", "để", "đối", "ngoại", "nhân", "dân",
        "tỉnh", "huyện", "xã", "ủy", "uỷ", "ban", "kế", "hoạch", "báo", "cáo", "tổ", "chức", "về", "tình", "hình",
        "phát", "triển", "đảng", "nước", "quốc", "hội", "số", "theo", "đến", "từ", "trên", "văn", "bản", "hợp", "tác",
    };

    public static (string Text, string Name) DecodeBest(byte[] bytes)
    {
        var cp1258 = Encoding.GetEncoding(1258).GetString(bytes).Normalize(NormalizationForm.FormC);
        var candidates = new[]
        {
            (Text: cp1258, Name: "windows-1258"),
            (Text: Tcvn3.Decode(bytes), Name: "tcvn3"),
            (Text: Vni.Decode(bytes), Name: "vni"),
        };
        return candidates.MaxBy(c => Score(c.Text));
    }

    internal static int Score(string text)
    {
        var score = 0;
        foreach (var word in text.Split([' ', '\n', '\r', '\t', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
            if (CommonWords.Contains(word.ToLowerInvariant())) score++;
        return score;
    }
}
