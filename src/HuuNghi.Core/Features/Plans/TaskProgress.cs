namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// What a unit reports on a task: text, the day it happened, whether the unit's part is done, and evidence.
/// For an annual task <see cref="Year"/> names the occurrence the report belongs to.
/// </summary>
public sealed class TaskProgress
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public int OrgUnitId { get; set; }
    public DateOnly On { get; set; }
    public int? Year { get; set; }
    public required string Text { get; set; }
    public bool Done { get; set; }
    public int? ByUserId { get; set; }
    public DateTime RecordedAt { get; set; }
    public List<TaskEvidence> Evidence { get; set; } = [];
}

public sealed class TaskEvidence
{
    public int Id { get; set; }
    public int ProgressId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>A reminder sent about a task to a unit: in the app always, by e-mail when SMTP is configured.</summary>
public sealed class TaskReminder
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    public int OrgUnitId { get; set; }
    public DateTime SentAt { get; set; }
    public required string Message { get; set; }
    public string? EmailedTo { get; set; }
    public DateTime? ReadAt { get; set; }
}
