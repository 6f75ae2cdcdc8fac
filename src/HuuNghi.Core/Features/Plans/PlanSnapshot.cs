using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// One plan read whole for the read-side use cases (show, compliance, export): tasks, names with their units,
/// and every progress mark. A plan has tens of tasks, so reading it at once is cheaper than asking per task.
/// </summary>
internal sealed record PlanSnapshot(Plan Plan, IReadOnlyList<PlanTask> Tasks, ILookup<int, ProgressMark> Marks, ILookup<int, int> Implementations)
{
    public static async Task<int> IdOfAsync(HuuNghiDbContext db, string reference, CancellationToken ct)
    {
        var key = ReferenceKey.Of(reference);
        return await db.Plans.Where(p => p.ReferenceKey == key).OrderByDescending(p => p.PlanDate).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Chưa có kế hoạch số {reference}.", $"There is no plan {reference}."));
    }

    public static async Task<PlanSnapshot> LoadAsync(HuuNghiDbContext db, int planId, UnitScope scope, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException(new Localized($"Không có kế hoạch mã {planId}.", $"There is no plan with id {planId}."));
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Position)
            .Include(t => t.Assignees.OrderBy(a => a.Role).ThenBy(a => a.Position)).ThenInclude(a => a.Units).AsSplitQuery().ToListAsync(ct);
        if (!CanRead(scope, plan, tasks)) throw new ForbiddenException();
        var taskIds = tasks.Select(t => t.Id).ToList();
        var marks = await db.TaskProgress.Where(p => taskIds.Contains(p.TaskId))
            .Select(p => new { p.TaskId, Mark = new ProgressMark(p.OrgUnitId, p.On, p.Year, p.Done) }).ToListAsync(ct);
        var implementations = await db.PlanTasks.Where(t => t.ImplementsTaskId != null && taskIds.Contains(t.ImplementsTaskId.Value))
            .Select(t => new { Higher = t.ImplementsTaskId!.Value, t.Id }).ToListAsync(ct);
        return new PlanSnapshot(plan, tasks, marks.ToLookup(m => m.TaskId, m => m.Mark), implementations.ToLookup(i => i.Higher, i => i.Id));
    }

    /// <summary>The issuer's officers see the whole plan; so does every unit the plan gives work to.</summary>
    public static bool CanRead(UnitScope scope, Plan plan, IEnumerable<PlanTask> tasks) =>
        scope.All || (plan.IssuerUnitId is { } i && scope.Contains(i))
        || tasks.SelectMany(t => t.Assignees).SelectMany(a => a.Units).Any(u => scope.Contains(u.OrgUnitId));

    public static IReadOnlyList<int> UnitsOf(PlanTask task, AssigneeRole? role = null) =>
        task.Assignees.Where(a => role is null || a.Role == role).SelectMany(a => a.Units).Select(u => u.OrgUnitId).Distinct().ToList();

    public WorkStatus StatusOf(PlanTask task, DateOnly today, int? year = null) =>
        WorkStatusRules.ForTask(task.TimeframeKind, task.DueOn, UnitsOf(task, AssigneeRole.Lead), Marks[task.Id].ToList(), today, year);
}
