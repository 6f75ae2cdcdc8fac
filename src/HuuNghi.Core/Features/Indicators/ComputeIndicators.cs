using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using static HuuNghi.Core.Features.Indicators.Measures;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The registers' figures for a unit's subtree over a period, as the tree stood in that period (contract:
/// <c>indicators --unit ID --from DATE --to DATE</c>). Each register is read once, by one query giving all its
/// figures; the subtree is a join on the org-tree closure (<see cref="PeriodUnits.Query"/>), not a list of ids.
/// </summary>
public sealed partial class ComputeIndicators(HuuNghiDbContext db)
{
    public sealed record Query(int UnitId, DateOnly From, DateOnly To);

    public async Task<IReadOnlyList<Indicator>> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        scope.Demand(query.UnitId);
        new Validation().Require(query.From <= query.To, "To", "Ngày cuối kỳ không được trước ngày đầu kỳ.", "The period cannot end before it starts.").ThrowIfInvalid();
        if (!await db.OrgUnits.AnyAsync(u => u.Id == query.UnitId, ct))
            throw new NotFoundException(new($"Không có đơn vị mã {query.UnitId}.", $"There is no unit {query.UnitId}."));
        var units = PeriodUnits.Query(db, query.UnitId, query.From, query.To);
        var (from, to) = (query.From, query.To);
        var list = new List<Indicator>();
        void Add(string code, decimal value) => list.Add(IndicatorCatalog.Of(code, value));

        var delegations = await db.Delegations.AsNoTracking().Where(x => units.Contains(x.OrgUnitId) && x.Date >= from && x.Date <= to)
            .GroupBy(x => x.Direction).Select(g => new { Direction = g.Key, Count = g.Count(), People = g.Sum(x => x.People) }).ToListAsync(ct);
        foreach (var (direction, prefix) in new[] { (DelegationDirection.Inbound, "delegations-in"), (DelegationDirection.Outbound, "delegations-out") })
        {
            var d = delegations.FirstOrDefault(x => x.Direction == direction);
            Add($"{prefix}.visits", d?.Count ?? 0);
            Add($"{prefix}.people", d?.People ?? 0);
        }

        // Sums and counts are the database's: at national scale the agreements alone are a quarter of a million rows.
        var projects = await db.AidProjects.AsNoTracking().Where(p => units.Contains(p.OrgUnitId) && p.Date <= to && (p.EndDate == null || p.EndDate >= from))
            .GroupBy(_ => 1).OrderBy(g => g.Key)
            .Select(g => new { Count = g.Count(), Committed = g.Sum(p => p.Date >= from ? p.Commitment * p.ExchangeRate : 0m) }).FirstOrDefaultAsync(ct);
        Add("aid-projects.active", projects?.Count ?? 0);
        Add("aid-projects.committed-vnd", projects?.Committed ?? 0);
        var money = await db.AidTransactions.AsNoTracking().Where(t => units.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to)
            .GroupBy(t => t.Kind).Select(g => new { Kind = g.Key, Total = g.Sum(t => t.Amount * t.ExchangeRate) }).ToListAsync(ct);
        Add("aid.disbursed-vnd", money.FirstOrDefault(t => t.Kind == AidTransactionKind.Disbursement)?.Total ?? 0);
        Add("aid.planned-vnd", money.FirstOrDefault(t => t.Kind == AidTransactionKind.PlannedDisbursement)?.Total ?? 0);

        var expiring = to.AddDays(90);
        var agreements = await db.CooperationAgreements.AsNoTracking().Where(a => units.Contains(a.OrgUnitId) && a.Date <= to)
            .GroupBy(_ => 1).OrderBy(g => g.Key).Select(g => new
            {
                Signed = g.Count(a => a.Date >= from),
                InForce = g.Count(a => (a.ValidFrom ?? a.Date) <= to && (a.ValidTo == null || a.ValidTo >= to)),
                Expiring = g.Count(a => (a.ValidFrom ?? a.Date) <= to && a.ValidTo != null && a.ValidTo >= to && a.ValidTo <= expiring),
            }).FirstOrDefaultAsync(ct);
        Add("agreements.signed", agreements?.Signed ?? 0);
        Add("agreements.in-force", agreements?.InForce ?? 0);
        Add("agreements.expiring-90d", agreements?.Expiring ?? 0);

        var events = await db.OverseasEvents.AsNoTracking().Where(e => units.Contains(e.OrgUnitId) && e.Date >= from && e.Date <= to)
            .GroupBy(_ => 1).OrderBy(g => g.Key).Select(g => new { Count = g.Count(), People = g.Sum(e => e.Participants ?? 0) }).FirstOrDefaultAsync(ct);
        Add("overseas-events.count", events?.Count ?? 0);
        Add("overseas-events.participants", events?.People ?? 0);

        var info = await db.InformationActivities.AsNoTracking().Where(a => units.Contains(a.OrgUnitId) && a.Date >= from && a.Date <= to)
            .GroupBy(_ => 1).OrderBy(g => g.Key).Select(g => new { Count = g.Count(), Reach = g.Sum(a => a.Reach ?? 0), Groups = g.Sum(a => a.Groups ?? 0), Visitors = g.Sum(a => a.Visitors ?? 0) })
            .FirstOrDefaultAsync(ct);
        Add("information.activities", info?.Count ?? 0);
        Add("information.reach", info?.Reach ?? 0);
        Add("information.groups", info?.Groups ?? 0);
        Add("information.visitors", info?.Visitors ?? 0);

        var trainings = await db.Trainings.AsNoTracking().Where(t => units.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to)
            .GroupBy(_ => 1).OrderBy(g => g.Key).Select(g => new { Count = g.Count(), People = g.Sum(t => t.Participants) }).FirstOrDefaultAsync(ct);
        Add("trainings.courses", trainings?.Count ?? 0);
        Add("trainings.participants", trainings?.People ?? 0);

        list.AddRange(await BudgetAsync(units, from, to, ct));
        list.AddRange(await CommendationsAsync(units, from, to, ct));
        list.AddRange(await OfficersAsync(units, from, to, ct));
        list.AddRange(await CitizensAbroadAsync(units, from, to, ct));
        return list;
    }

    /// <summary>The standing counts (each unit's latest per country and purpose, <see cref="Registers.CitizensAbroad.StandingCounts"/>), added up.</summary>
    private async Task<IEnumerable<Indicator>> CitizensAbroadAsync(IQueryable<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var latest = await Registers.CitizensAbroad.StandingCounts.OfAsync(db, units, from, to, ct);
        var result = new List<Indicator>
        {
            IndicatorCatalog.Of("citizens-abroad.total", latest.Sum(c => c.Count)),
            IndicatorCatalog.Of("citizens-abroad.work", latest.Where(c => c.Purpose == Registers.CitizensAbroad.AbroadPurpose.Work).Sum(c => c.Count)),
            IndicatorCatalog.Of("citizens-abroad.study", latest.Where(c => c.Purpose == Registers.CitizensAbroad.AbroadPurpose.Study).Sum(c => c.Count)),
        };
        result.AddRange(latest.GroupBy(c => c.Country).OrderByDescending(g => g.Sum(c => c.Count)).Select(g => new Indicator(
            $"citizens-abroad.{g.Key}", new($"Công dân ở {Countries.Name(g.Key)}", $"Citizens in {Countries.Name(g.Key, english: true)}"), g.Sum(c => c.Count), People)));
        return result;
    }
}
