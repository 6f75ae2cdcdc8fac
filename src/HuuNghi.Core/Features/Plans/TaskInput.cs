using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Plans;

/// <summary>A task as an officer enters it: units picked from the tree, or names typed as the document writes them.</summary>
public sealed record TaskInput(
    string Ref, string Title, IReadOnlyList<int> LeadUnitIds, IReadOnlyList<int>? CoordinatingUnitIds = null,
    TimeframeKind Timeframe = TimeframeKind.Unspecified, string? TimeframeText = null, DateOnly? Start = null, DateOnly? Due = null,
    IReadOnlyList<string>? LeadNames = null, IReadOnlyList<string>? CoordinatingNames = null, int? ImplementsTaskId = null);

/// <summary>The rules a hand-entered task must meet, shared by creating a plan, adding and editing a task.</summary>
internal static class TaskRules
{
    /// <summary>The shape of one task as a body sends it (present, ids above 0, a known timeframe, lengths the columns hold).</summary>
    public static void CheckInput(Validation v, string field, TaskInput? t)
    {
        v.Present(t, field);
        if (t is null) return;
        v.Present(t.Title, field + ".Title").MaxLength(t.Title, 4000, field + ".Title")
            .MaxLength(t.Ref, 40, field + ".Ref").MaxLength(t.TimeframeText, 300, field + ".TimeframeText")
            .Present(t.LeadUnitIds, field + ".LeadUnitIds").Ids(t.LeadUnitIds, field + ".LeadUnitIds")
            .Ids(t.CoordinatingUnitIds, field + ".CoordinatingUnitIds").Id(t.ImplementsTaskId, field + ".ImplementsTaskId")
            .Known<TimeframeKind>(t.Timeframe, field + ".Timeframe");
        foreach (var name in (t.LeadNames ?? []).Concat(t.CoordinatingNames ?? []))
            v.Present(name, field + ".Names").MaxLength(name, 500, field + ".Names");
    }

    public static void Check(Validation v, string field, TaskInput t, Plan plan, OrgTree tree)
    {
        var label = string.IsNullOrWhiteSpace(t.Ref) ? t.Title : t.Ref;
        v.Require(!string.IsNullOrWhiteSpace(t.Title), field + ".Title", "Nhập nội dung nhiệm vụ.", "Enter what the task is.");
        v.Require(t.LeadUnitIds.Count > 0 || (t.LeadNames?.Any(n => !string.IsNullOrWhiteSpace(n)) ?? false), field + ".Lead",
            $"Nhiệm vụ {label} chưa có cơ quan chủ trì.", $"Task {label} has no lead unit.");
        v.Require(t.Due is null || t.Due >= plan.PlanDate, field + ".Due",
            $"Hạn của nhiệm vụ {label} ({t.Due:dd/MM/yyyy}) trước ngày ban hành kế hoạch ({plan.PlanDate:dd/MM/yyyy}).",
            $"Task {label} is due ({t.Due:dd/MM/yyyy}) before the plan's date ({plan.PlanDate:dd/MM/yyyy}).");
        v.Require(t.Start is null || t.Due is null || t.Start <= t.Due, field + ".Start", "Ngày bắt đầu sau hạn hoàn thành.", "The start is after the due date.");
        v.Require(t.Timeframe is not (TimeframeKind.ByDate or TimeframeKind.Period) || t.Due is not null, field + ".Due",
            $"Nhiệm vụ {label} có thời hạn nhưng chưa nhập hạn.", $"Task {label} is time-bound but has no due date.");
        var area = plan.IssuerUnitId is { } issuer ? tree.AreaOf(issuer, plan.PlanDate) : null;
        var allowed = area is { } a ? tree.SubtreeOn(a, plan.PlanDate) : [];
        foreach (var id in t.LeadUnitIds.Concat(t.CoordinatingUnitIds ?? []).Distinct())
        {
            if (tree.Find(id) is not { } unit || !unit.ExistsOn(plan.PlanDate))
                v.Add(field + ".Lead", new Localized($"Đơn vị mã {id} không tồn tại vào ngày của kế hoạch.", $"Unit {id} did not exist on the plan's date."));
            else if (!allowed.Contains(id))
                v.Add(field + ".Lead", new Localized($"{tree.NameOn(id, plan.PlanDate)} không thuộc phạm vi của cơ quan ban hành kế hoạch.",
                    $"{tree.NameOn(id, plan.PlanDate)} is outside the plan issuer's area."));
        }
    }

    public static PlanTask Build(TaskInput t, int position, Plan plan, AssigneeMatcher matcher)
    {
        var task = new PlanTask { Position = position, Ref = string.IsNullOrWhiteSpace(t.Ref) ? (position + 1).ToString() : t.Ref.Trim(), Title = t.Title.Trim() };
        Apply(task, t, plan, matcher);
        return task;
    }

    public static void Apply(PlanTask task, TaskInput t, Plan plan, AssigneeMatcher matcher)
    {
        task.Ref = string.IsNullOrWhiteSpace(t.Ref) ? task.Ref : t.Ref.Trim();
        task.Title = t.Title.Trim();
        task.TimeframeKind = t.Timeframe;
        task.TimeframeText = t.TimeframeText;
        task.StartOn = t.Start;
        task.DueOn = t.Due;
        task.ImplementsTaskId = t.ImplementsTaskId;
        task.Assignees.Clear();
        AddUnits(task, t.LeadUnitIds, AssigneeRole.Lead, plan, matcher.Tree);
        PlanImport.AddAssignees(task, t.LeadNames ?? [], AssigneeRole.Lead, matcher, plan);
        AddUnits(task, t.CoordinatingUnitIds ?? [], AssigneeRole.Coordinating, plan, matcher.Tree);
        PlanImport.AddAssignees(task, t.CoordinatingNames ?? [], AssigneeRole.Coordinating, matcher, plan);
    }

    private static void AddUnits(PlanTask task, IEnumerable<int> ids, AssigneeRole role, Plan plan, OrgTree tree)
    {
        var position = task.Assignees.Count(a => a.Role == role);
        foreach (var id in ids.Distinct())
        {
            var name = tree.NameOn(id, plan.PlanDate);
            task.Assignees.Add(new TaskAssignee
            {
                Role = role, Position = position++, Name = name, Key = UnitNameKey.Of(name), OrgUnitId = id,
                Units = [new TaskAssigneeUnit { OrgUnitId = id, Role = role }],
            });
        }
    }
}
