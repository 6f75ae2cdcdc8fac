using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>A plan entered by hand by a focal officer of the issuing unit, with the tasks it assigns.</summary>
public sealed class CreatePlan(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Command(string? Reference, string Title, DateOnly PlanDate, int IssuerUnitId, IReadOnlyList<TaskInput> Tasks, int? ImplementsPlanId = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.FocalOfficer, Roles.Administrator);
        // What a JSON body can leave out or overflow, checked before anything is looked up by it.
        var input = new Validation()
            .Present(command.Title, nameof(Command.Title)).MaxLength(command.Title, Validation.TitleMax, nameof(Command.Title))
            .MaxLength(command.Reference, 120, nameof(Command.Reference))
            .Present(command.PlanDate, nameof(Command.PlanDate))
            .Id(command.IssuerUnitId, nameof(Command.IssuerUnitId)).Id(command.ImplementsPlanId, nameof(Command.ImplementsPlanId))
            .Present(command.Tasks, nameof(Command.Tasks));
        IReadOnlyList<TaskInput?>? tasks = command.Tasks;
        for (var i = 0; i < (tasks?.Count ?? 0); i++) TaskRules.CheckInput(input, $"Tasks[{i}]", tasks![i]);
        input.ThrowIfInvalid();
        scope.Demand(command.IssuerUnitId);
        var matcher = await AssigneeMatcher.LoadAsync(db, trees, ct);
        var plan = new Plan
        {
            Reference = string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim(),
            ReferenceKey = ReferenceKey.Of(command.Reference), Title = command.Title?.Trim() ?? "", PlanDate = command.PlanDate,
            IssuerUnitId = command.IssuerUnitId, ImplementsPlanId = command.ImplementsPlanId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var v = new Validation();
        v.Require(plan.Title.Length > 0, nameof(Command.Title), "Nhập tên kế hoạch.", "Enter the plan's title.");
        v.Require(matcher.Tree.Find(command.IssuerUnitId)?.ExistsOn(command.PlanDate) == true, nameof(Command.IssuerUnitId),
            "Cơ quan ban hành không tồn tại vào ngày của kế hoạch.", "The issuer did not exist on the plan's date.");
        for (var i = 0; i < command.Tasks.Count; i++) TaskRules.Check(v, $"Tasks[{i}]", command.Tasks[i], plan, matcher.Tree);
        v.ThrowIfInvalid();
        if (plan.ReferenceKey is { } key && await db.Plans.AnyAsync(p => p.ReferenceKey == key && p.PlanDate.Year == plan.PlanDate.Year, ct))
            throw new ConflictException(new Localized($"Kế hoạch số {plan.Reference} đã có trong hệ thống.", $"Plan {plan.Reference} is already recorded."));
        for (var i = 0; i < command.Tasks.Count; i++) plan.Tasks.Add(TaskRules.Build(command.Tasks[i], i, plan, matcher));
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }
}
