using System.Text.Json.Serialization;

namespace HuuNghi.Core.Features.Plans;

[JsonConverter(typeof(JsonStringEnumConverter<WorkStatus>))]
public enum WorkStatus
{
    [JsonStringEnumMemberName("not-started")] NotStarted,
    [JsonStringEnumMemberName("in-progress")] InProgress,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("overdue")] Overdue,
}

/// <summary>A progress report reduced to what status needs.</summary>
public readonly record struct ProgressMark(int OrgUnitId, DateOnly On, int? Year, bool Done);

/// <summary>
/// Status is computed on every read from the timeframe, the reports and today's date, so it can never go
/// stale. An annual task is a fresh occurrence each year: last year's "done" says nothing about this year.
/// </summary>
public static class WorkStatusRules
{
    /// <summary>The day the current occurrence falls due; null for ongoing or undated work.</summary>
    public static DateOnly? DueFor(TimeframeKind kind, DateOnly? due, int year) => kind switch
    {
        TimeframeKind.ByDate or TimeframeKind.Period => due,
        TimeframeKind.Annual => due is { } d ? new DateOnly(year, d.Month, Math.Min(d.Day, DateTime.DaysInMonth(year, d.Month))) : new DateOnly(year, 12, 31),
        _ => due,
    };

    /// <summary>One unit's status (or, with <paramref name="unitId"/> null, anyone's) for the occurrence of <paramref name="year"/>.</summary>
    public static WorkStatus For(TimeframeKind kind, DateOnly? due, IEnumerable<ProgressMark> marks, int? unitId, DateOnly today, int? year = null)
    {
        var occurrence = year ?? today.Year;
        var relevant = marks.Where(m => (unitId is null || m.OrgUnitId == unitId)
            && (kind != TimeframeKind.Annual || (m.Year ?? m.On.Year) == occurrence)).ToList();
        if (relevant.Any(m => m.Done)) return WorkStatus.Done;
        if (DueFor(kind, due, occurrence) is { } d && d < today) return WorkStatus.Overdue;
        return relevant.Count > 0 ? WorkStatus.InProgress : WorkStatus.NotStarted;
    }

    /// <summary>A task is done when every lead unit is done (any report marked done when it has no lead unit).</summary>
    public static WorkStatus ForTask(TimeframeKind kind, DateOnly? due, IReadOnlyCollection<int> leadUnits, IReadOnlyList<ProgressMark> marks, DateOnly today, int? year = null)
    {
        if (leadUnits.Count == 0) return For(kind, due, marks, null, today, year);
        var each = leadUnits.Select(u => For(kind, due, marks, u, today, year)).ToList();
        if (each.All(s => s == WorkStatus.Done)) return WorkStatus.Done;
        if (each.Contains(WorkStatus.Overdue)) return WorkStatus.Overdue;
        return each.Contains(WorkStatus.InProgress) || each.Contains(WorkStatus.Done) ? WorkStatus.InProgress : WorkStatus.NotStarted;
    }

    /// <summary>"2022-07" → 31/07/2022, "2025" → 31/12/2025: a month or a year given as a deadline means its last day.</summary>
    public static DateOnly? EndOf(string? iso) => iso switch
    {
        { Length: 10 } when DateOnly.TryParse(iso, out var d) => d,
        { Length: 7 } when DateOnly.TryParse(iso + "-01", out var m) => m.AddMonths(1).AddDays(-1),
        { Length: 4 } when int.TryParse(iso, out var y) && y is > 1900 and < 2200 => new DateOnly(y, 12, 31),
        _ => null,
    };

    public static TimeframeKind KindOf(string? parsed) => parsed switch
    {
        "ongoing" => TimeframeKind.Ongoing,
        "annual" => TimeframeKind.Annual,
        "by-date" => TimeframeKind.ByDate,
        "period" => TimeframeKind.Period,
        _ => TimeframeKind.Unspecified,
    };

    public static string? Name(TimeframeKind kind) => kind switch
    {
        TimeframeKind.Ongoing => "ongoing",
        TimeframeKind.Annual => "annual",
        TimeframeKind.ByDate => "by-date",
        TimeframeKind.Period => "period",
        _ => null,
    };
}
