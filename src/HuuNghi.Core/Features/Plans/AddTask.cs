using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>Adds a task to a plan's assignment table (the issuer's focal officer).</summary>
public sealed class AddTask(HuuNghiDbContext db, OrgTreeCache trees)
{
    public async Task<int> HandleAsync(int planId, TaskInput input, UnitScope scope, CancellationToken ct = default)
    {
        var shape = new Validation();
        TaskRules.CheckInput(shape, "Task", input);
        shape.ThrowIfInvalid();
        var plan = await PlanEditing.LoadForEditAsync(db, planId, scope, ct);
        var matcher = await AssigneeMatcher.LoadAsync(db, trees, ct);
        var v = new Validation();
        TaskRules.Check(v, "Task", input, plan, matcher.Tree);
        v.ThrowIfInvalid();
        var position = await db.PlanTasks.Where(t => t.PlanId == planId).Select(t => (int?)t.Position).MaxAsync(ct) ?? -1;
        var task = TaskRules.Build(input, position + 1, plan, matcher);
        task.PlanId = planId;
        db.PlanTasks.Add(task);
        await db.SaveChangesAsync(ct);
        return task.Id;
    }
}

internal static class PlanEditing
{
    /// <summary>Only the issuer's focal officers (or an administrator) change a plan's table.</summary>
    public static async Task<Plan> LoadForEditAsync(HuuNghiDbContext db, int planId, UnitScope scope, CancellationToken ct)
    {
        scope.DemandRole(Roles.FocalOfficer, Roles.Administrator);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId, ct)
            ?? throw new NotFoundException(new Localized($"Không có kế hoạch mã {planId}.", $"There is no plan with id {planId}."));
        if (!scope.All && (plan.IssuerUnitId is not { } issuer || !scope.Contains(issuer))) throw new ForbiddenException();
        return plan;
    }
}
