using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// The countries registers name, stored by ISO 3166 code so "Nhật Bản", "Nhật" and "Japan" count as one in
/// the citizens-abroad figures. Read back by code or by either language's name, without regard to diacritics.
/// </summary>
public static class Countries
{
    public sealed record Country(string Code, string Vi, string En, params string[] Aliases);

    public static readonly IReadOnlyList<Country> All =
    [
        new("VN", "Việt Nam", "Viet Nam", "Vietnam"),
        new("JP", "Nhật Bản", "Japan", "Nhật"),
        new("KR", "Hàn Quốc", "Korea", "South Korea", "Republic of Korea", "Đại Hàn Dân Quốc"),
        new("CN", "Trung Quốc", "China"),
        new("TW", "Đài Loan (Trung Quốc)", "Taiwan", "Đài Loan"),
        new("KH", "Campuchia", "Cambodia", "Cam-pu-chia"),
        new("LA", "Lào", "Laos", "Lao"),
        new("TH", "Thái Lan", "Thailand"),
        new("MM", "Myanmar", "Myanmar"),
        new("MY", "Ma-lai-xi-a", "Malaysia", "Malaysia"),
        new("SG", "Xin-ga-po", "Singapore", "Singapore"),
        new("ID", "In-đô-nê-xi-a", "Indonesia", "Indonesia"),
        new("PH", "Phi-líp-pin", "Philippines", "Philippines"),
        new("IN", "Ấn Độ", "India"),
        new("AU", "Ô-xtrây-li-a", "Australia", "Úc", "Australia"),
        new("NZ", "Niu Di-lân", "New Zealand"),
        new("US", "Hoa Kỳ", "United States", "Mỹ", "USA", "Hoa Kì"),
        new("CA", "Ca-na-đa", "Canada", "Canada"),
        new("CU", "Cu-ba", "Cuba", "Cuba"),
        new("GB", "Vương quốc Anh", "United Kingdom", "Anh", "UK"),
        new("FR", "Pháp", "France"),
        new("DE", "Đức", "Germany"),
        new("NL", "Hà Lan", "Netherlands", "The Netherlands"),
        new("BE", "Bỉ", "Belgium"),
        new("CH", "Thụy Sĩ", "Switzerland", "Thuỵ Sĩ"),
        new("AT", "Áo", "Austria"),
        new("IT", "I-ta-li-a", "Italy", "Ý", "Italia"),
        new("ES", "Tây Ban Nha", "Spain"),
        new("SE", "Thụy Điển", "Sweden", "Thuỵ Điển"),
        new("NO", "Na Uy", "Norway"),
        new("DK", "Đan Mạch", "Denmark"),
        new("FI", "Phần Lan", "Finland"),
        new("IE", "Ai-len", "Ireland", "Ireland"),
        new("RU", "Liên bang Nga", "Russia", "Nga", "Russian Federation"),
        new("CZ", "Séc", "Czechia", "Czech Republic"),
        new("PL", "Ba Lan", "Poland"),
        new("IL", "I-xra-en", "Israel", "Israel"),
        new("XX", "Tổ chức quốc tế", "International organisation", "Quốc tế", "International"),
    ];

    private static readonly Dictionary<string, Country> ByKey = BuildIndex();

    public static Country? Find(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ByKey.GetValueOrDefault(VietnameseText.Fold(text.Trim()));

    public static Country? ByCode(string? code) => code is null ? null : All.FirstOrDefault(c => c.Code == code);

    public static string Name(string? code, bool english = false) =>
        ByCode(code) is { } c ? (english ? c.En : c.Vi) : code ?? "";

    private static Dictionary<string, Country> BuildIndex()
    {
        var index = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var c in All)
            foreach (var name in new[] { c.Code, c.Vi, c.En }.Concat(c.Aliases))
                index.TryAdd(VietnameseText.Fold(name), c);
        return index;
    }
}
