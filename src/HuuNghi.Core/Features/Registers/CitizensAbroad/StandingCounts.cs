using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.CitizensAbroad;

/// <summary>
/// The counts that stand for a period: a count is a stock, so each unit's latest count per country and purpose in
/// the period counts, never a sum of counts. The indicators and the report writer both read it here.
/// </summary>
public static class StandingCounts
{
    public static Task<List<CitizensAbroadCount>> OfAsync(HuuNghiDbContext db, IReadOnlyCollection<int> units, DateOnly from, DateOnly to, CancellationToken ct) =>
        LatestAsync(db.CitizensAbroad.Where(c => units.Contains(c.OrgUnitId)), from, to, ct);

    /// <summary>The same, for units given as a subquery (the closure), so no list of ids travels with the query.</summary>
    public static Task<List<CitizensAbroadCount>> OfAsync(HuuNghiDbContext db, IQueryable<int> units, DateOnly from, DateOnly to, CancellationToken ct) =>
        LatestAsync(db.CitizensAbroad.Where(c => units.Contains(c.OrgUnitId)), from, to, ct);

    private static async Task<List<CitizensAbroadCount>> LatestAsync(IQueryable<CitizensAbroadCount> rows, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var counts = await rows.AsNoTracking().Where(c => c.Date >= from && c.Date <= to).ToListAsync(ct);
        return [.. counts.GroupBy(c => (c.OrgUnitId, c.Country, c.Purpose)).Select(g => g.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id).First())];
    }
}
