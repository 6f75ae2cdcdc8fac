using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>The requests a user receives or must answer, newest deadline first, each with its counts.</summary>
public sealed class ListRequests(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Row(int Id, string Title, string Period, DateOnly Deadline, int Expected, int Submitted, int OnTime,
        decimal Rate, decimal OnTimeRate, string ReceiverName, string? SourceReference, bool Receives);

    public async Task<IReadOnlyList<Row>> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        var requests = await db.ReportRequests.AsNoTracking().Include(r => r.Expected).AsSplitQuery()
            .OrderByDescending(r => r.Deadline).ThenBy(r => r.Title).ToListAsync(ct);
        var mine = requests.Where(r => scope.Contains(r.ReceiverId) || r.Expected.Any(e => scope.Contains(e.OrgUnitId))).ToList();
        var ids = mine.Select(r => r.Id).ToList();
        var headers = (await db.Submissions.Where(s => ids.Contains(s.RequestId))
                .Select(s => new { s.RequestId, Header = new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt) }).ToListAsync(ct))
            .ToLookup(h => h.RequestId, h => h.Header);
        var tree = await trees.GetAsync(db, ct);
        return [.. mine.Select(r =>
        {
            var rates = RateCalculator.Compute(r, GetRates.Visible(r, null, scope, tree), headers[r.Id], tree);
            return new Row(r.Id, r.Title, r.PeriodKey, r.Deadline, rates.Expected, rates.Submitted, rates.OnTime, rates.Rate, rates.OnTimeRate,
                tree.NameOn(r.ReceiverId, r.FrozenOn), r.SourceReference, scope.Contains(r.ReceiverId));
        })];
    }
}
