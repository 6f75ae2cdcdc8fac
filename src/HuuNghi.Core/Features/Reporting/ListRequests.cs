using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>The requests a user receives or must answer, newest deadline first, each with its counts.</summary>
public sealed class ListRequests(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Row(int Id, string Title, string Period, DateOnly Deadline, int Expected, int Submitted, int OnTime,
        decimal Rate, decimal OnTimeRate, string ReceiverName, string? SourceReference, bool Receives, IReadOnlyList<OwnReport> Own);

    /// <summary>
    /// The caller's own report for a request it must answer but does not receive: a district officer wants "not sent,
    /// due 15/12", not "0/1 (0%)". Empty for the receiver, and when the caller answers for more units than a line can say.
    /// </summary>
    public sealed record OwnReport(int OrgUnitId, string Name, UnitReportStatus Status, DateTime? SubmittedAt, bool Overdue);

    private const int OwnShown = 3;

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
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime + ReportRequest.VietnamOffset);
        return [.. mine.Select(r =>
        {
            var rates = RateCalculator.Compute(r, GetRates.Visible(r, null, scope, tree), headers[r.Id], tree);
            var receives = scope.Contains(r.ReceiverId);
            IReadOnlyList<OwnReport> own = receives || rates.Units.Count > OwnShown ? [] : [.. rates.Units.Select(u =>
                new OwnReport(u.OrgUnitId, u.Name, u.Status, u.SubmittedAt, u.SubmittedAt is null && u.Status != UnitReportStatus.Exception && today > r.Deadline))];
            return new Row(r.Id, r.Title, r.PeriodKey, r.Deadline, rates.Expected, rates.Submitted, rates.OnTime, rates.Rate, rates.OnTimeRate,
                tree.NameOn(r.ReceiverId, r.FrozenOn), r.SourceReference, receives, own);
        })];
    }
}
