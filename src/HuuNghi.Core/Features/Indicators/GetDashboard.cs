using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// What the dashboard draws for a unit and period: the indicators, delegations month by month (in and out),
/// and today's alerts. The series use the same period units as the indicators, so a chart and its figure agree.
/// </summary>
public sealed class GetDashboard(HuuNghiDbContext db, ComputeIndicators indicators, ListAlerts alerts)
{
    public sealed record MonthCount(int Year, int Month, int Inbound, int Outbound);

    public sealed record Dashboard(IReadOnlyList<Indicator> Indicators, IReadOnlyList<MonthCount> Months, IReadOnlyList<ListAlerts.Alert> Alerts);

    public async Task<Dashboard> HandleAsync(ComputeIndicators.Query query, UnitScope scope, CancellationToken ct = default)
    {
        var figures = await indicators.HandleAsync(query, scope, ct);
        var units = PeriodUnits.Query(db, query.UnitId, query.From, query.To);
        // Counted by the database month by month: a nation-year is a few hundred thousand rows, the answer a few dozen.
        var counts = await db.Delegations.AsNoTracking().Where(d => units.Contains(d.OrgUnitId) && d.Date >= query.From && d.Date <= query.To)
            .GroupBy(d => new { d.Date.Year, d.Date.Month, d.Direction })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        var months = new List<MonthCount>();
        for (var m = new DateOnly(query.From.Year, query.From.Month, 1); m <= query.To && months.Count < 120; m = m.AddMonths(1))
        {
            var inMonth = counts.Where(c => c.Year == m.Year && c.Month == m.Month).ToList();
            months.Add(new MonthCount(m.Year, m.Month,
                inMonth.Where(c => c.Direction == DelegationDirection.Inbound).Sum(c => c.Count), inMonth.Where(c => c.Direction == DelegationDirection.Outbound).Sum(c => c.Count)));
        }
        return new Dashboard(figures, months, await alerts.HandleAsync(query.UnitId, scope, ct));
    }
}
