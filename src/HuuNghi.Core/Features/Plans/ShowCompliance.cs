using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// The cascade seen from a higher plan: for every unit the plan gives work to, whether it issued its own
/// implementing plan, how many of its tasks it has reported done, how many are overdue on the given day.
/// </summary>
public sealed class ShowCompliance(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record PlanLink(int Id, string? Reference, DateOnly PlanDate);
    public sealed record UnitRow(int OrgUnitId, string Name, IReadOnlyList<PlanLink> ImplementingPlans, int Tasks, int Done, int Overdue,
        int Reports, DateOnly? LastReportOn);
    public sealed record TaskGap(int TaskId, string Ref, string Title);
    public sealed record Result(int PlanId, string? Reference, DateOnly AsOf, IReadOnlyList<UnitRow> Units, IReadOnlyList<TaskGap> TasksWithoutWork);

    public async Task<Result> ByReferenceAsync(string reference, DateOnly? asOf, UnitScope scope, CancellationToken ct = default) =>
        await HandleAsync(await PlanSnapshot.IdOfAsync(db, reference, ct), asOf, scope, ct);

    public async Task<Result> HandleAsync(int planId, DateOnly? asOf, UnitScope scope, CancellationToken ct = default)
    {
        var s = await PlanSnapshot.LoadAsync(db, planId, scope, ct);
        var tree = await trees.GetAsync(db, ct);
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var lower = await db.Plans.Where(p => p.ImplementsPlanId == planId && p.IssuerUnitId != null)
            .Select(p => new { p.Id, p.Reference, p.PlanDate, Issuer = p.IssuerUnitId!.Value }).ToListAsync(ct);
        var units = s.Tasks.SelectMany(t => PlanSnapshot.UnitsOf(t).Select(u => (Unit: u, Task: t)))
            .GroupBy(x => x.Unit, x => x.Task).ToList();
        var rows = units.Select(g =>
        {
            var subtree = tree.SubtreeAnyTime([g.Key]);
            var marks = g.SelectMany(t => s.Marks[t.Id]).Where(m => m.OrgUnitId == g.Key && m.On <= day).ToList();
            // A lead answers for its own part; a coordinating unit shares the fate of the task it supports.
            var statuses = g.Distinct().Select(t => PlanSnapshot.UnitsOf(t, AssigneeRole.Lead).Contains(g.Key)
                ? WorkStatusRules.For(t.TimeframeKind, t.DueOn, s.Marks[t.Id].Where(m => m.On <= day), g.Key, day)
                : WorkStatusRules.ForTask(t.TimeframeKind, t.DueOn, PlanSnapshot.UnitsOf(t, AssigneeRole.Lead), s.Marks[t.Id].Where(m => m.On <= day).ToList(), day)).ToList();
            return new UnitRow(g.Key, tree.NameOn(g.Key, s.Plan.PlanDate),
                lower.Where(p => subtree.Contains(p.Issuer) && p.PlanDate <= day).Select(p => new PlanLink(p.Id, p.Reference, p.PlanDate)).ToList(),
                statuses.Count, statuses.Count(x => x == WorkStatus.Done), statuses.Count(x => x == WorkStatus.Overdue),
                marks.Count, marks.Count == 0 ? null : marks.Max(m => m.On));
        }).OrderBy(r => r.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
        var gaps = s.Tasks.Where(t => !s.Marks[t.Id].Any(m => m.On <= day) && !s.Implementations[t.Id].Any())
            .Select(t => new TaskGap(t.Id, t.Ref, t.Title)).ToList();
        return new Result(s.Plan.Id, s.Plan.Reference, day, rows, gaps);
    }
}
