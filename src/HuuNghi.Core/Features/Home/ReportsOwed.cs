using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// The reports a user's units still owe: requests raised by a body outside the user's scope that expect a unit in it,
/// with no report standing (none yet, a draft, or one returned for correction). A request the user receives is not
/// owed by them: it belongs to <see cref="ReceivedRequests"/>.
/// </summary>
internal static class ReportsOwed
{
    public static async Task<(IReadOnlyList<ListMyWork.OwedReport> Rows, int Total)> ListAsync(HuuNghiDbContext db, OrgTree tree, UnitScope scope,
        DateOnly today, int take, CancellationToken ct)
    {
        if (scope.All) return ([], 0);
        var units = scope.UnitIds.ToList();
        var expected = await db.ExpectedReporters.Where(e => units.Contains(e.OrgUnitId))
            .Join(db.ReportRequests, e => e.RequestId, r => r.Id, (e, r) => new { e.RequestId, e.OrgUnitId, r.Title, r.PeriodKey, r.Deadline, r.ReceiverId })
            .ToListAsync(ct);
        expected = [.. expected.Where(e => !scope.Contains(e.ReceiverId))];
        var ids = expected.Select(e => e.RequestId).Distinct().ToList();
        var submissions = (await db.Submissions.Where(s => ids.Contains(s.RequestId) && units.Contains(s.OrgUnitId))
                .Select(s => new { s.RequestId, s.OrgUnitId, s.Status, s.SubmittedAt }).ToListAsync(ct))
            .ToDictionary(s => (s.RequestId, s.OrgUnitId));
        var owed = new List<ListMyWork.OwedReport>();
        foreach (var e in expected)
        {
            var s = submissions.GetValueOrDefault((e.RequestId, e.OrgUnitId));
            if (s is { Status: SubmissionStatus.Submitted or SubmissionStatus.Accepted, SubmittedAt: not null }) continue;
            // A unit that closed before the deadline without reporting is an exception, not a debt (as in the rates).
            if (tree.Find(e.OrgUnitId)?.ValidTo is { } closed && closed < e.Deadline) continue;
            var late = today.DayNumber - e.Deadline.DayNumber;
            owed.Add(new ListMyWork.OwedReport(e.RequestId, e.Title, e.PeriodKey, e.Deadline, e.OrgUnitId, tree.NameOn(e.OrgUnitId, today),
                tree.NameOn(e.ReceiverId, today), s?.Status, Math.Max(0, late)));
        }
        // Returned first (someone is waiting for the correction), then the latest deadline that has passed, then the ones coming.
        var ordered = owed.OrderByDescending(o => o.Status == SubmissionStatus.Returned).ThenByDescending(o => o.DaysLate > 0)
            .ThenBy(o => o.DaysLate > 0 ? -o.Deadline.DayNumber : o.Deadline.DayNumber).ThenBy(o => o.UnitName).ToList();
        return (ordered.Take(take).ToList(), ordered.Count);
    }
}
