using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// What the dashboard draws for a unit and period: the indicators beside the same period a year earlier,
/// delegations month by month (in and out), and the first of today's alerts with their number. The series use the
/// same period units as the indicators, so a chart and its figure agree.
/// </summary>
public sealed class GetDashboard(HuuNghiDbContext db, ComputeIndicators indicators, ListAlerts alerts)
{
    public sealed record MonthCount(int Year, int Month, int Inbound, int Outbound);

    /// <summary>How many alerts the page carries: a country has thousands; the rest are counted, and exported.</summary>
    public const int AlertsShown = 10;

    public sealed record Dashboard(IReadOnlyList<Indicator> Indicators, IReadOnlyList<Indicator> YearBefore, IReadOnlyList<MonthCount> Months,
        IReadOnlyList<ListAlerts.Alert> Alerts, int AlertsTotal)
    {
        public bool HasDelegations => Months.Any(m => m.Inbound + m.Outbound > 0);

        /// <summary>An indicator's value a year earlier (0 where it had none).</summary>
        public decimal Before(string code) => YearBefore.FirstOrDefault(i => i.Code == code)?.Value ?? 0;
    }

    public async Task<Dashboard> HandleAsync(ComputeIndicators.Query query, UnitScope scope, CancellationToken ct = default)
    {
        var figures = await indicators.HandleAsync(query, scope, ct);
        var before = await indicators.HandleAsync(query with { From = query.From.AddYears(-1), To = query.To.AddYears(-1) }, scope, ct);
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
        var all = await alerts.HandleAsync(query.UnitId, scope, ct);
        return new Dashboard(figures, before, months, all.Take(AlertsShown).ToList(), all.Count);
    }
}
