using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>Changes one row of the assignment table; a stale version (someone else saved first) is a conflict.</summary>
public sealed class EditTask(HuuNghiDbContext db, OrgTreeCache trees)
{
    /// <summary>Refuses the edit form itself to whoever could not save it: the form shows the task's whole row.</summary>
    public async Task DemandAsync(int taskId, UnitScope scope, CancellationToken ct = default)
    {
        var planId = await db.PlanTasks.Where(t => t.Id == taskId).Select(t => (int?)t.PlanId).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Không có nhiệm vụ mã {taskId}.", $"There is no task with id {taskId}."));
        await PlanEditing.LoadForEditAsync(db, planId, scope, ct);
    }

    public async Task HandleAsync(int taskId, int version, TaskInput input, UnitScope scope, CancellationToken ct = default)
    {
        var shape = new Validation();
        TaskRules.CheckInput(shape, "Task", input);
        shape.ThrowIfInvalid();
        var task = await db.PlanTasks.Include(t => t.Assignees).ThenInclude(a => a.Units).SingleOrDefaultAsync(t => t.Id == taskId, ct)
            ?? throw new NotFoundException(new Localized($"Không có nhiệm vụ mã {taskId}.", $"There is no task with id {taskId}."));
        var plan = await PlanEditing.LoadForEditAsync(db, task.PlanId, scope, ct);
        if (task.Version != version)
            throw new ConflictException(new Localized("Nhiệm vụ vừa được người khác sửa; hãy tải lại trang.", "Someone else changed this task; reload the page."));
        var matcher = await AssigneeMatcher.LoadAsync(db, trees, ct);
        var v = new Validation();
        TaskRules.Check(v, "Task", input, plan, matcher.Tree);
        v.ThrowIfInvalid();
        db.TaskAssignees.RemoveRange(task.Assignees);
        TaskRules.Apply(task, input, plan, matcher);
        await db.SaveChangesAsync(ct);
    }
}
