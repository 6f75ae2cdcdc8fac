using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// A plan, action programme or dispatch whose tasks are live work: imported from its document or entered by
/// hand. <see cref="PlanDate"/> is the day its names are read on ("các huyện ủy" means the districts of then).
/// </summary>
public sealed class Plan : IVersioned
{
    public int Id { get; set; }
    public int? DocumentId { get; set; }
    public string? Reference { get; set; }
    public string? ReferenceKey { get; set; }
    public required string Title { get; set; }
    public DateOnly PlanDate { get; set; }
    public int? IssuerUnitId { get; set; }
    /// <summary>The higher plan this one implements (from its citations, or chosen by hand).</summary>
    public int? ImplementsPlanId { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    public List<PlanTask> Tasks { get; set; } = [];
}

public sealed class PlanTask : IVersioned
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Position { get; set; }
    public required string Ref { get; set; }
    public required string Title { get; set; }
    public TimeframeKind TimeframeKind { get; set; }
    public string? TimeframeText { get; set; }
    public DateOnly? StartOn { get; set; }
    public DateOnly? DueOn { get; set; }
    /// <summary>The higher plan's task this one carries out, when the lower plan says so.</summary>
    public int? ImplementsTaskId { get; set; }
    public int Version { get; set; }
    public List<TaskAssignee> Assignees { get; set; } = [];
}

public enum TimeframeKind { Unspecified, Ongoing, Annual, ByDate, Period }

public enum AssigneeRole { Lead, Coordinating }

/// <summary>
/// A name as the plan wrote it, with what it meant: one unit, or the units of a collective on the plan's
/// date. Unmatched until an officer maps the name (then every later plan matches it too).
/// </summary>
public sealed class TaskAssignee
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public AssigneeRole Role { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public required string Key { get; set; }
    public int? OrgUnitId { get; set; }
    public int? GroupAliasId { get; set; }
    public List<TaskAssigneeUnit> Units { get; set; } = [];
}

/// <summary>One unit that must act because of an assignee (the unit itself, or one member of a collective).</summary>
public sealed class TaskAssigneeUnit
{
    public int Id { get; set; }
    public int AssigneeId { get; set; }
    public int OrgUnitId { get; set; }
    public AssigneeRole Role { get; set; }
}
