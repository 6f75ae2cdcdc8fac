namespace HuuNghi.Core.Features.Reporting;

public enum ReminderKind { BeforeDeadline, AfterDeadline }

/// <summary>A reminder (đôn đốc) sent to a unit that had not submitted: always shown in the app, emailed when SMTP is set.</summary>
public sealed class Reminder
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public int OrgUnitId { get; set; }
    public ReminderKind Kind { get; set; }
    public DateTime SentAt { get; set; }
    public string? SentBy { get; set; }
    public string Message { get; set; } = "";

    /// <summary>Addresses mailed, comma-separated; empty when only in-app.</summary>
    public string EmailedTo { get; set; } = "";
    public string? EmailError { get; set; }
}
