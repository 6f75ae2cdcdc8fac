using System.Globalization;
using System.Text.RegularExpressions;
using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.Reporting;

public enum PeriodKind { Year, HalfYear, Quarter, Month }

/// <summary>
/// A reporting period by its key, the same keys the document parser gives deadlines: "2023", "2024-H1",
/// "2025-Q1", "2022-08". Windows and deadlines are worked out from it by the regime's settings.
/// </summary>
public readonly partial record struct ReportingPeriod(PeriodKind Kind, int Year, int Index)
{
    public string Key => Kind switch
    {
        PeriodKind.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => $"{Year}-H{Index}",
        PeriodKind.Quarter => $"{Year}-Q{Index}",
        _ => $"{Year}-{Index:00}",
    };

    public DateOnly Start => new(Year, (Index - 1) * MonthsLong + 1, 1);
    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    private int MonthsLong => Kind switch { PeriodKind.Year => 12, PeriodKind.HalfYear => 6, PeriodKind.Quarter => 3, _ => 1 };

    public ReportingPeriod Next()
    {
        var perYear = 12 / MonthsLong;
        return Index < perYear ? this with { Index = Index + 1 } : this with { Year = Year + 1, Index = 1 };
    }

    public Localized Label => Kind switch
    {
        PeriodKind.Year => new($"Năm {Year}", $"Year {Year}"),
        PeriodKind.HalfYear => new($"{(Index == 1 ? "6 tháng đầu" : "6 tháng cuối")} năm {Year}", $"{(Index == 1 ? "First" : "Second")} half of {Year}"),
        PeriodKind.Quarter => new($"Quý {Roman(Index)}/{Year}", $"Q{Index} {Year}"),
        _ => new($"Tháng {Index:00}/{Year}", $"{Start:MMMM yyyy}"),
    };

    private static string Roman(int i) => i switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

    /// <summary>
    /// The data cut-off window. With a cut-off day (15 in the circulars implementing Decree 09/2019) the window runs
    /// from that day of the month before the period to the day before it in the period's last month (annual:
    /// 15/12 of the previous year → 14/12); without one, it is the calendar period.
    /// </summary>
    public (DateOnly From, DateOnly To) CutoffWindow(int? cutoffDay)
    {
        if (cutoffDay is not { } day) return (Start, End);
        var from = Start.AddMonths(-1);
        var lastMonth = End;
        return (new DateOnly(from.Year, from.Month, day), new DateOnly(lastMonth.Year, lastMonth.Month, day - 1));
    }

    public static bool TryParse(string? key, out ReportingPeriod period)
    {
        period = default;
        var m = KeyPattern().Match(key?.Trim() ?? "");
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["rest"].Success) { period = new(PeriodKind.Year, year, 1); return true; }
        var rest = m.Groups["rest"].Value.ToUpperInvariant();
        (PeriodKind kind, int index, int max) = rest[0] switch
        {
            'H' => (PeriodKind.HalfYear, int.Parse(rest[1..], CultureInfo.InvariantCulture), 2),
            'Q' => (PeriodKind.Quarter, int.Parse(rest[1..], CultureInfo.InvariantCulture), 4),
            _ => (PeriodKind.Month, int.Parse(rest, CultureInfo.InvariantCulture), 12),
        };
        if (index < 1 || index > max) return false;
        period = new(kind, year, index);
        return true;
    }

    public static ReportingPeriod Parse(string key) => TryParse(key, out var p) ? p
        : throw new ValidationFailedException("Period", new Localized(
            $"Kỳ báo cáo '{key}' không hợp lệ (ví dụ: 2023, 2024-H1, 2025-Q1, 2022-08).",
            $"The period '{key}' is not valid (e.g. 2023, 2024-H1, 2025-Q1, 2022-08)."));

    public static PeriodKind KindOf(ReportingFrequency frequency) => frequency switch
    {
        ReportingFrequency.HalfYearly => PeriodKind.HalfYear,
        ReportingFrequency.Quarterly => PeriodKind.Quarter,
        ReportingFrequency.Monthly => PeriodKind.Month,
        _ => PeriodKind.Year,
    };

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<rest>[HhQq][1-4]|\d{2}))?$")]
    private static partial Regex KeyPattern();
}
