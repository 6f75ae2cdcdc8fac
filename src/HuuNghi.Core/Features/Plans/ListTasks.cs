using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// Supervision lists. Each row carries the task's one state (its lead units', <see cref="WorkStatusRules.ForTask"/>),
/// the same whichever assigned unit reads it, and beside it the row unit's own part: a lead's own progress, or what a
/// coordinating unit has reported of its support. A coordinating unit is never "overdue" on its own: the
/// deadline is the lead's to answer for, and reminders go to leads.
/// "Mine": the tasks given to my units (a unit officer's to-do). "Due": tasks across my subtree
/// that are overdue or due within <see cref="Query.DueWithinDays"/> days (a focal officer's chase list).
/// </summary>
public sealed class ListTasks(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Query(bool OnlyDueOrOverdue = false, int DueWithinDays = 14, int? OrgUnitId = null);
    public sealed record Row(int TaskId, int PlanId, string? PlanReference, string Ref, string Title, int OrgUnitId, string Unit, string Role,
        string? Timeframe, DateOnly? Due, WorkStatus Status, WorkStatus Own);

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
        var leads = (await db.TaskAssigneeUnits.Where(x => x.Role == AssigneeRole.Lead)
            .Join(db.TaskAssignees, x => x.AssigneeId, a => a.Id, (x, a) => new { a.TaskId, x.OrgUnitId })
            .Where(x => taskIds.Contains(x.TaskId)).Distinct().ToListAsync(ct)).ToLookup(x => x.TaskId, x => x.OrgUnitId);
        var tree = await trees.GetAsync(db, ct);
        return rows.Select(r => new Row(r.Id, r.PlanId, r.Reference, r.Ref, r.Title, r.OrgUnitId, tree.NameOn(r.OrgUnitId, today),
                r.Role == AssigneeRole.Lead ? "lead" : "coordinating", r.TimeframeText, WorkStatusRules.DueFor(r.TimeframeKind, r.DueOn, today.Year),
                WorkStatusRules.ForTask(r.TimeframeKind, r.DueOn, [.. leads[r.Id].Distinct()], [.. marks[r.Id]], today),
                // Without a due date the unit's own part reads as done, in progress or not started, never overdue.
                WorkStatusRules.For(r.TimeframeKind, r.Role == AssigneeRole.Lead ? r.DueOn : null, marks[r.Id], r.OrgUnitId, today)))
            .Where(r => !query.OnlyDueOrOverdue || r.Status == WorkStatus.Overdue
                || (r.Status != WorkStatus.Done && r.Due is { } d && d <= today.AddDays(query.DueWithinDays)))
            .OrderBy(r => r.Status == WorkStatus.Overdue ? 0 : 1).ThenBy(r => r.Due ?? DateOnly.MaxValue).ThenBy(r => r.PlanId).ThenBy(r => r.Ref)
            .ToList();
    }
}
