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

    public static RequestRates Compute(ReportRequest request, IEnumerable<ExpectedReporter> expected, IEnumerable<Header> submissions, OrgTree tree)
    {
        var byUnit = submissions.ToDictionary(s => s.OrgUnitId);
        var units = new List<UnitRate>();
        foreach (var e in expected.OrderBy(e => e.NameThen, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)))
        {
            var closedOn = tree.Find(e.OrgUnitId)?.ValidTo;
            var s = byUnit.GetValueOrDefault(e.OrgUnitId);
            var standing = s is { Status: SubmissionStatus.Submitted or SubmissionStatus.Accepted, SubmittedAt: not null };
            var status = s is null ? UnitReportStatus.Missing : Enum.Parse<UnitReportStatus>(s.Status.ToString());
            if (!standing && closedOn is { } c && c < request.Deadline) status = UnitReportStatus.Exception;
            var onTime = standing && request.IsOnTime(s!.SubmittedAt!.Value);
            units.Add(new UnitRate(e.OrgUnitId, e.NameThen, status, standing ? s!.SubmittedAt : null, onTime, standing && !onTime,
                closedOn, s?.Id));
        }
        var counted = units.Count(u => u.Status != UnitReportStatus.Exception);
        var submitted = units.Count(u => u.SubmittedAt is not null);
        var inTime = units.Count(u => u.OnTime);
        return new RequestRates(counted, submitted, inTime, Ratio(submitted, counted), Ratio(inTime, counted), units);
    }

    private static decimal Ratio(int part, int whole) => whole == 0 ? 0 : Math.Min(1m, Math.Round((decimal)part / whole, 4));
}
