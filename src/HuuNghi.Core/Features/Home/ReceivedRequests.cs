using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// For a focal officer or a leader: the latest requests their units receive, with the reporting rate, the on-time
/// rate and the units still missing, worked out by the same <see cref="RateCalculator"/> as the request page.
/// </summary>
internal static class ReceivedRequests
{
    public static async Task<IReadOnlyList<ListMyWork.ReceivedRequest>> ListAsync(HuuNghiDbContext db, OrgTree tree, UnitScope scope,
        int requests, int missingShown, CancellationToken ct)
    {
        // Request headers are few (a regime raises one a year), so the receiver filter runs in memory over the scope's set.
        var headers = await db.ReportRequests.AsNoTracking().OrderByDescending(r => r.Deadline).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.ReceiverId }).ToListAsync(ct);
        var ids = headers.Where(h => scope.Contains(h.ReceiverId)).Take(requests).Select(h => h.Id).ToList();
        if (ids.Count == 0) return [];
        var loaded = await db.ReportRequests.AsNoTracking().Include(r => r.Expected).AsSplitQuery().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        var submissions = (await db.Submissions.Where(s => ids.Contains(s.RequestId))
                .Select(s => new { s.RequestId, Header = new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt) }).ToListAsync(ct))
            .ToLookup(s => s.RequestId, s => s.Header);
        return [.. ids.Select(id => loaded.Single(r => r.Id == id)).Select(r =>
        {
            var rates = RateCalculator.Compute(r, r.Expected, submissions[r.Id], tree);
            var missing = rates.Missing.ToList();
            return new ListMyWork.ReceivedRequest(r.Id, r.Title, r.PeriodKey, r.Deadline, tree.NameOn(r.ReceiverId, r.FrozenOn),
                rates.Expected, rates.Submitted, rates.Rate, rates.OnTimeRate,
                [.. missing.Take(missingShown).Select(m => new ListMyWork.MissingUnit(m.OrgUnitId, m.Name, m.Status == UnitReportStatus.Returned))],
                missing.Count);
        })];
    }
}
