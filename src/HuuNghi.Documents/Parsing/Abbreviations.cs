using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>Expands the abbreviations of body names that the contract's issuer field spells out.</summary>
internal static partial class Abbreviations
{
    private static readonly (Regex Short, string Long)[] Compiled = Pairs().Select(p =>
        (new Regex($@"(?<![\p{{L}}/]){p.Short}(?![\p{{L}}/])", RegexOptions.CultureInvariant), p.Long)).ToArray();

    private static (string Short, string Long)[] Pairs() =>
    [
        ("UBND", "Ủy ban nhân dân"),
        ("HĐND", "Hội đồng nhân dân"),
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("LĐLĐ", "Liên đoàn Lao động"),
        ("BTV", "Ban Thường vụ"),
        ("BCH", "Ban Chấp hành"),
        ("BDV", "Ban Dân vận"),
        ("BTG", "Ban Tuyên giáo"),
        ("HU", "Huyện ủy"),
        ("TU", "Tỉnh ủy"),
    ];

    public static string Expand(string text)
    {
        var s = text;
        foreach (var (abbr, full) in Compiled)
            s = abbr.Replace(s, full);
        return Spaces().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
