using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Reporting;

public enum UnitReportStatus { Missing, Draft, Submitted, Accepted, Returned, Exception }

public sealed record UnitRate(int OrgUnitId, string Name, UnitReportStatus Status, DateTime? SubmittedAt, bool OnTime, bool Late,
    DateOnly? ClosedOn, int? SubmissionId);

public sealed record RequestRates(int Expected, int Submitted, int OnTime, decimal Rate, decimal OnTimeRate, IReadOnlyList<UnitRate> Units)
{
    public IEnumerable<UnitRate> Missing => Units.Where(u => u.Status is UnitReportStatus.Missing or UnitReportStatus.Draft or UnitReportStatus.Returned);
    public IEnumerable<UnitRate> LateUnits => Units.Where(u => u.Late);
}

/// <summary>
/// The one place rates are worked out, so the page, the API and the CLI agree. Expected is the frozen set minus
/// units that closed before the deadline without reporting (exceptions, not missing); submitted counts the
/// reports standing (submitted or accepted) of expected units only, so a rate can never pass 100%.
/// On time: the standing version was submitted by the end of the deadline day.
/// </summary>
internal static class RateCalculator
{
    public sealed record Header(int Id, int OrgUnitId, SubmissionStatus Status, DateTime? SubmittedAt);

    /// <summary>One expected unit with what the rates need of its unit and its submission header (null when none).</summary>
    public sealed record Row(int OrgUnitId, string NameThen, DateOnly? ClosedOn, int? SubmissionId, SubmissionStatus? Status, DateTime? SubmittedAt);

    private static readonly StringComparer VietnameseOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);

    public static RequestRates Compute(ReportRequest request, IEnumerable<ExpectedReporter> expected, IEnumerable<Header> submissions, OrgTree tree)
    {
        var byUnit = submissions.ToDictionary(s => s.OrgUnitId);
        return Compute(request, expected.Select(e => byUnit.GetValueOrDefault(e.OrgUnitId) is { } s
            ? new Row(e.OrgUnitId, e.NameThen, tree.Find(e.OrgUnitId)?.ValidTo, s.Id, s.Status, s.SubmittedAt)
            : new Row(e.OrgUnitId, e.NameThen, tree.Find(e.OrgUnitId)?.ValidTo, null, null, null)));
    }

    public static RequestRates Compute(ReportRequest request, IEnumerable<Row> expected)
    {
        var units = new List<UnitRate>();
        foreach (var e in expected.OrderBy(e => e.NameThen, VietnameseOrder))
        {
            var standing = e is { Status: SubmissionStatus.Submitted or SubmissionStatus.Accepted, SubmittedAt: not null };
            var status = e.Status is { } known ? Enum.Parse<UnitReportStatus>(known.ToString()) : UnitReportStatus.Missing;
            if (!standing && e.ClosedOn is { } c && c < request.Deadline) status = UnitReportStatus.Exception;
            var onTime = standing && request.IsOnTime(e.SubmittedAt!.Value);
            units.Add(new UnitRate(e.OrgUnitId, e.NameThen, status, standing ? e.SubmittedAt : null, onTime, standing && !onTime, e.ClosedOn, e.SubmissionId));
        }
        var counted = units.Count(u => u.Status != UnitReportStatus.Exception);
        var submitted = units.Count(u => u.SubmittedAt is not null);
        var inTime = units.Count(u => u.OnTime);
        return new RequestRates(counted, submitted, inTime, Ratio(submitted, counted), Ratio(inTime, counted), units);
    }

    private static decimal Ratio(int part, int whole) => whole == 0 ? 0 : Math.Min(1m, Math.Round((decimal)part / whole, 4));
}
