using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// What the dashboard draws for a unit and period: the indicators, delegations month by month (in and out),
/// and today's alerts. The series use the same period units as the indicators, so a chart and its figure agree.
/// </summary>
public sealed class GetDashboard(HuuNghiDbContext db, OrgTreeCache trees, ComputeIndicators indicators, ListAlerts alerts)
{
    public sealed record MonthCount(int Year, int Month, int Inbound, int Outbound);

    public sealed record Dashboard(IReadOnlyList<Indicator> Indicators, IReadOnlyList<MonthCount> Months, IReadOnlyList<ListAlerts.Alert> Alerts);

    public async Task<Dashboard> HandleAsync(ComputeIndicators.Query query, UnitScope scope, CancellationToken ct = default)
    {
        var figures = await indicators.HandleAsync(query, scope, ct);
        var units = PeriodUnits.Of(await trees.GetAsync(db, ct), query.UnitId, query.From, query.To).ToList();
        var dates = await db.Delegations.Where(d => units.Contains(d.OrgUnitId) && d.Date >= query.From && d.Date <= query.To)
            .Select(d => new { d.Date, d.Direction }).ToListAsync(ct);
        var months = new List<MonthCount>();
        for (var m = new DateOnly(query.From.Year, query.From.Month, 1); m <= query.To && months.Count < 120; m = m.AddMonths(1))
        {
            var inMonth = dates.Where(d => d.Date.Year == m.Year && d.Date.Month == m.Month).ToList();
            months.Add(new MonthCount(m.Year, m.Month,
                inMonth.Count(d => d.Direction == DelegationDirection.Inbound), inMonth.Count(d => d.Direction == DelegationDirection.Outbound)));
        }
        return new Dashboard(figures, months, await alerts.HandleAsync(query.UnitId, scope, ct));
    }
}
