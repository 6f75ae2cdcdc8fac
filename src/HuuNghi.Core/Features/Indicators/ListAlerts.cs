using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// What needs someone's attention today in the reader's units (or one unit's subtree): cooperation agreements
/// ending within <see cref="ExpiryWindowDays"/> days, and aid projects whose actual disbursement is behind
/// the plan to date (Bình Sơn's slow well project is the story), and a unit's budget for this year spent
/// well behind the share of the year gone by (seed 003's reports explain slow disbursement after the fact).
/// </summary>
public sealed class ListAlerts(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const int ExpiryWindowDays = 90;

    /// <summary>How far (in points of the year) spending may trail the calendar before it is called lagging.</summary>
    public const decimal BudgetLagPoints = 25;

    public enum AlertKind { AgreementExpiring, DisbursementBehindPlan, BudgetSpendingLagging }

    public sealed record Alert(AlertKind Kind, string Register, int RecordId, int UnitId, string UnitName, Localized Message, DateOnly? Due);

    public async Task<IReadOnlyList<Alert>> HandleAsync(int? unitId, UnitScope scope, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tree = await trees.GetAsync(db, ct);
        if (unitId is { } u) scope.Demand(u);
        List<int>? units = unitId is { } root ? tree.SubtreeAnyTime([root]).ToList() : scope.All ? null : scope.UnitIds.ToList();
        var alerts = new List<Alert>();

        var horizon = today.AddDays(ExpiryWindowDays);
        var expiring = await db.CooperationAgreements
            .Where(a => (units == null || units.Contains(a.OrgUnitId)) && a.ValidTo != null && a.ValidTo >= today && a.ValidTo <= horizon)
            .OrderBy(a => a.ValidTo).Select(a => new { a.Id, a.OrgUnitId, a.Title, Partner = a.Partner!.Name, a.ValidTo }).ToListAsync(ct);
        alerts.AddRange(expiring.Select(a => new Alert(AlertKind.AgreementExpiring, "agreements", a.Id, a.OrgUnitId, tree.NameOn(a.OrgUnitId, today),
            new($"'{a.Title}' với {a.Partner} hết hiệu lực ngày {a.ValidTo:dd/MM/yyyy} (còn {a.ValidTo!.Value.DayNumber - today.DayNumber} ngày).",
                $"'{a.Title}' with {a.Partner} expires on {a.ValidTo:dd/MM/yyyy} ({a.ValidTo!.Value.DayNumber - today.DayNumber} days left)."), a.ValidTo)));

        var money = await db.AidTransactions
            .Where(t => (units == null || units.Contains(t.OrgUnitId)) && t.Date <= today && t.Project!.Status != AidStatus.Cancelled)
            .Select(t => new { t.ProjectId, t.OrgUnitId, Title = t.Project!.Title, t.Kind, t.Amount, t.ExchangeRate }).ToListAsync(ct);
        foreach (var project in money.GroupBy(t => (t.ProjectId, t.OrgUnitId, t.Title)))
        {
            var planned = project.Where(t => t.Kind == AidTransactionKind.PlannedDisbursement).Sum(t => t.Amount * t.ExchangeRate);
            var actual = project.Where(t => t.Kind == AidTransactionKind.Disbursement).Sum(t => t.Amount * t.ExchangeRate);
            if (actual >= planned) continue;
            var percent = planned == 0 ? 0 : Math.Round(actual * 100 / planned);
            alerts.Add(new Alert(AlertKind.DisbursementBehindPlan, "aid-projects", project.Key.ProjectId, project.Key.OrgUnitId, tree.NameOn(project.Key.OrgUnitId, today),
                new($"Dự án '{project.Key.Title}' mới giải ngân {AidRules.Dong(actual)} trên kế hoạch {AidRules.Dong(planned)} đến nay ({percent}%).",
                    $"Project '{project.Key.Title}' has disbursed {AidRules.Dong(actual)} of {AidRules.Dong(planned)} planned to date ({percent}%)."), null));
        }
        alerts.AddRange(await BudgetLaggingAsync(units, tree, today, ct));
        return alerts;
    }

    /// <summary>Per unit, this year's lines in đồng (the register keeps no rate for others); the alert links the first line.</summary>
    private async Task<IEnumerable<Alert>> BudgetLaggingAsync(List<int>? units, OrgTree tree, DateOnly today, CancellationToken ct)
    {
        var lines = await db.BudgetLines
            .Where(l => (units == null || units.Contains(l.OrgUnitId)) && l.Year == today.Year && l.Currency == Registers.Currencies.Dong)
            .OrderBy(l => l.Id).Select(l => new { l.Id, l.OrgUnitId, l.Planned, l.Spent }).ToListAsync(ct);
        var elapsed = Math.Round(today.DayOfYear * 100m / (DateTime.IsLeapYear(today.Year) ? 366 : 365));
        var result = new List<Alert>();
        foreach (var unit in lines.GroupBy(l => l.OrgUnitId))
        {
            var allocated = unit.Sum(l => l.Planned);
            var spent = unit.Sum(l => l.Spent ?? 0);
            if (allocated <= 0) continue;
            var percent = Math.Round(spent * 100 / allocated);
            if (elapsed - percent <= BudgetLagPoints) continue;
            result.Add(new Alert(AlertKind.BudgetSpendingLagging, "budget", unit.First().Id, unit.Key, tree.NameOn(unit.Key, today),
                new($"Kinh phí năm {today.Year} mới thực hiện {AidRules.Dong(spent)} trên {AidRules.Dong(allocated)} được bố trí ({percent}%), trong khi đã qua {elapsed}% thời gian của năm.",
                    $"The {today.Year} budget has spent {AidRules.Dong(spent)} of {AidRules.Dong(allocated)} allocated ({percent}%) with {elapsed}% of the year gone."), null));
        }
        return result;
    }
}
