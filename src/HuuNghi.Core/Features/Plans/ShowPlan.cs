using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// The task assignment table of one plan (biểu phân công nhiệm vụ): each task with its lead and coordinating
/// names as written and the units they meant, its timeframe and today's status.
/// </summary>
public sealed class ShowPlan(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Assignee(string Name, int? OrgUnitId, IReadOnlyList<int>? OrgUnitIds, IReadOnlyList<string> UnitNames);
    public sealed record Occurrence(int Year, DateOnly? Due, WorkStatus Status);
    public sealed record Timeframe(string? Kind, string? Text, DateOnly? Start, DateOnly? Due, IReadOnlyList<Occurrence>? Occurrences);
    public sealed record TaskRow(int Id, string Ref, string Title, IReadOnlyList<Assignee> Lead, IReadOnlyList<Assignee> Coordinating,
        Timeframe Timeframe, WorkStatus Status, int Reports, int ImplementedBy, int? ImplementsTaskId, int Version);
    public sealed record Details(int Id, string? Reference, string Title, DateOnly PlanDate, int? IssuerUnitId, string? Issuer,
        int? DocumentId, int? ImplementsPlanId, IReadOnlyList<TaskRow> Tasks);

    public async Task<Details> ByReferenceAsync(string reference, UnitScope scope, CancellationToken ct = default) =>
        await HandleAsync(await PlanSnapshot.IdOfAsync(db, reference, ct), scope, ct);

    public async Task<Details> HandleAsync(int planId, UnitScope scope, CancellationToken ct = default)
    {
        var s = await PlanSnapshot.LoadAsync(db, planId, scope, ct);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var plan = s.Plan;
        var tasks = s.Tasks.Select(t => new TaskRow(t.Id, t.Ref, t.Title,
            Names(t, AssigneeRole.Lead, tree, plan.PlanDate), Names(t, AssigneeRole.Coordinating, tree, plan.PlanDate),
            new Timeframe(WorkStatusRules.Name(t.TimeframeKind), t.TimeframeText, t.StartOn, t.DueOn, Occurrences(s, t, plan.PlanDate, today)),
            s.StatusOf(t, today), s.Marks[t.Id].Count(), s.Implementations[t.Id].Count(), t.ImplementsTaskId, t.Version)).ToList();
        var issuer = plan.IssuerUnitId is { } i && tree.Find(i) is not null ? tree.NameOn(i, plan.PlanDate) : null;
        return new Details(plan.Id, plan.Reference, plan.Title, plan.PlanDate, plan.IssuerUnitId, issuer, plan.DocumentId, plan.ImplementsPlanId, tasks);
    }

    private static List<Assignee> Names(PlanTask task, AssigneeRole role, OrgTree tree, DateOnly day) =>
        task.Assignees.Where(a => a.Role == role).OrderBy(a => a.Position).Select(a => new Assignee(a.Name, a.OrgUnitId,
            a.GroupAliasId is null ? null : a.Units.Select(u => u.OrgUnitId).ToList(),
            a.Units.Select(u => tree.NameOn(u.OrgUnitId, day)).ToList())).ToList();

    /// <summary>An annual task has one occurrence per year from the plan's year to this one, each with its own status.</summary>
    private static List<Occurrence>? Occurrences(PlanSnapshot s, PlanTask t, DateOnly planDate, DateOnly today) =>
        t.TimeframeKind != TimeframeKind.Annual ? null
        : Enumerable.Range(planDate.Year, Math.Max(1, today.Year - planDate.Year + 1))
            .Select(y => new Occurrence(y, WorkStatusRules.DueFor(t.TimeframeKind, t.DueOn, y), s.StatusOf(t, today, y))).ToList();
}
