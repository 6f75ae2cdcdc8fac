using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// Supervision lists. "Mine": the tasks given to my units (a unit officer's to-do). "Due": tasks across my subtree
/// that are overdue or due within <see cref="Query.DueWithinDays"/> days (a focal officer's chase list).
/// </summary>
public sealed class ListTasks(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Query(bool OnlyDueOrOverdue = false, int DueWithinDays = 14, int? OrgUnitId = null);
    public sealed record Row(int TaskId, int PlanId, string? PlanReference, string Ref, string Title, int OrgUnitId, string Unit, string Role,
        string? Timeframe, DateOnly? Due, WorkStatus Status);

    public async Task<IReadOnlyList<Row>> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        if (query.OrgUnitId is { } only) scope.Demand(only);
        var units = query.OrgUnitId is { } u ? [u] : scope.All ? null : scope.UnitIds.ToList();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var assigned = db.TaskAssigneeUnits.Where(x => units == null || units.Contains(x.OrgUnitId))
            .Join(db.TaskAssignees, x => x.AssigneeId, a => a.Id, (x, a) => new { x.OrgUnitId, x.Role, a.TaskId })
            .Join(db.PlanTasks, x => x.TaskId, t => t.Id, (x, t) => new { x.OrgUnitId, x.Role, Task = t })
            .Join(db.Plans, x => x.Task.PlanId, p => p.Id, (x, p) => new { x.OrgUnitId, x.Role, x.Task, p.Reference });
        var rows = await assigned.Select(x => new { x.OrgUnitId, x.Role, x.Task.Id, x.Task.PlanId, x.Reference, x.Task.Ref, x.Task.Title, x.Task.TimeframeKind, x.Task.TimeframeText, x.Task.DueOn })
            .Distinct().OrderBy(x => x.PlanId).ThenBy(x => x.Id).ThenBy(x => x.OrgUnitId).ThenBy(x => x.Role).Take(5000).ToListAsync(ct);
        var taskIds = rows.Select(r => r.Id).Distinct().ToList();
        var marks = (await db.TaskProgress.Where(p => taskIds.Contains(p.TaskId))
            .Select(p => new { p.TaskId, Mark = new ProgressMark(p.OrgUnitId, p.On, p.Year, p.Done) }).ToListAsync(ct)).ToLookup(m => m.TaskId, m => m.Mark);
        var tree = await trees.GetAsync(db, ct);
        return rows.Select(r => new Row(r.Id, r.PlanId, r.Reference, r.Ref, r.Title, r.OrgUnitId, tree.NameOn(r.OrgUnitId, today),
                r.Role == AssigneeRole.Lead ? "lead" : "coordinating", r.TimeframeText, WorkStatusRules.DueFor(r.TimeframeKind, r.DueOn, today.Year),
                WorkStatusRules.For(r.TimeframeKind, r.DueOn, marks[r.Id], r.OrgUnitId, today)))
            .Where(r => !query.OnlyDueOrOverdue || r.Status == WorkStatus.Overdue
                || (r.Status != WorkStatus.Done && r.Due is { } d && d <= today.AddDays(query.DueWithinDays)))
            .OrderBy(r => r.Status == WorkStatus.Overdue ? 0 : 1).ThenBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.PlanId).ThenBy(r => r.Ref)
            .ToList();
    }
}
