using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>Plans the caller's units issued or were given work in, newest first.</summary>
public sealed class ListPlans(HuuNghiDbContext db)
{
    public sealed record Row(int Id, string? Reference, string Title, DateOnly PlanDate, int? IssuerUnitId, int Tasks, int? ImplementsPlanId);

    public async Task<IReadOnlyList<Row>> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        var units = scope.UnitIds.ToList();
        var assigned = db.TaskAssigneeUnits.Where(u => units.Contains(u.OrgUnitId))
            .Join(db.TaskAssignees, u => u.AssigneeId, a => a.Id, (u, a) => a.TaskId)
            .Join(db.PlanTasks, id => id, t => t.Id, (id, t) => t.PlanId);
        return await db.Plans.Where(p => scope.All || (p.IssuerUnitId != null && units.Contains(p.IssuerUnitId.Value)) || assigned.Contains(p.Id))
            .OrderByDescending(p => p.PlanDate).ThenByDescending(p => p.Id).Take(500)
            .Select(p => new Row(p.Id, p.Reference, p.Title, p.PlanDate, p.IssuerUnitId, p.Tasks.Count, p.ImplementsPlanId)).ToListAsync(ct);
    }
}
