using System.Globalization;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>Numbers, dates and titles as Vietnamese reports write them inside a sentence: "02 dự án", "775.000 lượt", "26/12/2023".</summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Counts under ten take a leading zero in administrative style ("01 cán bộ", "02 lượt").</summary>
    public static string Count(int n) => n is >= 0 and < 10 ? n.ToString("00", CultureInfo.InvariantCulture) : n.ToString("N0", Vietnamese);

    public static string Amount(decimal value) => decimal.Round(value, 0).ToString("N0", Vietnamese);

    public static string Figure(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", Vietnamese) : value.ToString("N2", Vietnamese);

    /// <summary>A title used inside a sentence: "Kết quả thực hiện…" → "kết quả thực hiện…".</summary>
    public static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    /// <summary>A regime's name as a trích yếu under the kind "BÁO CÁO": "Báo cáo hằng năm kết quả…" → "Hằng năm kết quả…".</summary>
    public static string WithoutKind(string name)
    {
        var trimmed = name.Trim();
        if (!trimmed.StartsWith("Báo cáo ", StringComparison.OrdinalIgnoreCase)) return trimmed;
        var rest = trimmed["Báo cáo ".Length..];
        return rest.Length == 0 ? trimmed : char.ToUpperInvariant(rest[0]) + rest[1..];
    }

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
