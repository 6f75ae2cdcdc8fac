namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// One request for reports (yêu cầu báo cáo): from a regime for a period, or ad hoc from a letter. The expected
/// reporters are frozen in <see cref="Expected"/> when it is raised and never rewritten by later restructuring.
/// </summary>
public sealed class ReportRequest
{
    public int Id { get; set; }
    public int? RegimeId { get; set; }
    public required string Title { get; set; }
    public ReportKind Kind { get; set; }
    public required string PeriodKey { get; set; }
    public DateOnly CutoffFrom { get; set; }
    public DateOnly CutoffTo { get; set; }
    public DateOnly Deadline { get; set; }
    public int ReceiverId { get; set; }

    /// <summary>The day whose org tree gave the expected reporters.</summary>
    public DateOnly FrozenOn { get; set; }
    public DateTime RaisedAt { get; set; }
    public string? RaisedBy { get; set; }

    /// <summary>The letter that asked (Công văn 1807/SNGV-NV); the id once the document store holds it.</summary>
    public string? SourceReference { get; set; }
    public DateOnly? SourceDate { get; set; }
    public int? SourceDocumentId { get; set; }

    public List<ExpectedReporter> Expected { get; set; } = [];

    /// <summary>Vietnam keeps UTC+7 all year; a deadline day ends at midnight there.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>On time means submitted by the end of the deadline day, Vietnam time. One rule, used everywhere.</summary>
    public bool IsOnTime(DateTime submittedAtUtc) =>
        submittedAtUtc < Deadline.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);
}

/// <summary>A unit expected to report, with its name as it was when the request was raised.</summary>
public sealed class ExpectedReporter
{
    public int RequestId { get; set; }
    public int OrgUnitId { get; set; }
    public required string NameThen { get; set; }
}
