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
/// the plan to date (Bình Sơn's slow well project is the story).
/// </summary>
public sealed class ListAlerts(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const int ExpiryWindowDays = 90;

    public enum AlertKind { AgreementExpiring, DisbursementBehindPlan }

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
        return alerts;
    }
}
