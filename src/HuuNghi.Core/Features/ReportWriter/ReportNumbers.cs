using System.Globalization;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>Numbers and dates as Vietnamese reports write them: "02 dự án", "775.000 lượt", "26/12/2023".</summary>
internal static class ReportNumbers
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Counts under ten take a leading zero in administrative style ("01 cán bộ", "02 lượt").</summary>
    public static string Count(int n) => n is >= 0 and < 10 ? n.ToString("00", CultureInfo.InvariantCulture) : n.ToString("N0", Vietnamese);

    public static string Amount(decimal value) => decimal.Round(value, 0).ToString("N0", Vietnamese);

    public static string Figure(decimal value) =>
        value == decimal.Truncate(value) ? value.ToString("N0", Vietnamese) : value.ToString("N2", Vietnamese);

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
