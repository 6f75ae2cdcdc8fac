using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// The receiving unit's consolidation: each expected unit's status and figures, and the figures of the standing
/// reports (submitted or accepted) summed over the subtree. Drafts and returned versions never enter the totals.
/// </summary>
public sealed class GetConsolidation(HuuNghiDbContext db, GetRates rates)
{
    public sealed record Total(string Code, decimal Value, int Units);
    public sealed record Result(GetRates.Result Request, IReadOnlyList<string> Codes, IReadOnlyList<Total> Totals,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, decimal>> FiguresByUnit);

    public async Task<Result> HandleAsync(int requestId, int? subtreeRootId, UnitScope scope, CancellationToken ct = default)
    {
        var request = await rates.HandleAsync(requestId, subtreeRootId, scope, ct);
        var standing = request.Rates.Units.Where(u => u.SubmittedAt is not null).Select(u => u.OrgUnitId).ToList();
        var figures = await db.Submissions.Where(s => s.RequestId == requestId && standing.Contains(s.OrgUnitId))
            .Join(db.SubmissionVersions, s => new { s.Id, N = s.CurrentNumber }, v => new { Id = v.SubmissionId, N = v.Number }, (s, v) => new { s.OrgUnitId, v.Id })
            .Join(db.SubmissionFigures, x => x.Id, f => f.VersionId, (x, f) => new { x.OrgUnitId, f.IndicatorCode, f.Value })
            .ToListAsync(ct);
        var regimeCodes = await db.ReportRequests.Where(r => r.Id == requestId)
            .Join(db.ReportingRegimes, r => r.RegimeId, g => g.Id, (_, g) => g.IndicatorCodes).FirstOrDefaultAsync(ct) ?? [];
        var codes = regimeCodes.Concat(figures.Select(f => f.IndicatorCode).Distinct().Order(StringComparer.Ordinal)).Distinct().ToList();
        var totals = codes.Select(c => new Total(c, figures.Where(f => f.IndicatorCode == c).Sum(f => f.Value),
            figures.Where(f => f.IndicatorCode == c).Select(f => f.OrgUnitId).Distinct().Count())).ToList();
        var byUnit = figures.GroupBy(f => f.OrgUnitId).ToDictionary(g => g.Key,
            g => (IReadOnlyDictionary<string, decimal>)g.ToDictionary(f => f.IndicatorCode, f => f.Value));
        return new Result(request, codes, totals, byUnit);
    }
}
