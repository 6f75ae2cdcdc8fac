using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Reporting;

public enum SubmissionStatus { Draft, Submitted, Accepted, Returned }

/// <summary>
/// A unit's report for a request: the header the reviewers act on (its <see cref="Version"/> token makes two
/// officers deciding at once collide), and every version ever written in <see cref="Versions"/>.
/// </summary>
public sealed class Submission : IVersioned
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public int OrgUnitId { get; set; }
    public SubmissionStatus Status { get; set; }
    public int CurrentNumber { get; set; }

    /// <summary>When the standing version was submitted; null while nothing stands.</summary>
    public DateTime? SubmittedAt { get; set; }
    public int Version { get; set; }
    public List<SubmissionVersion> Versions { get; set; } = [];
}

/// <summary>
/// One version of a report. Editable while a draft; sealed from the moment it is submitted, so the database
/// refuses any later update (see <see cref="ISealed"/>). Reviews are separate rows for the same reason.
/// </summary>
public sealed class SubmissionVersion : ISealed
{
    public int Id { get; set; }
    public int SubmissionId { get; set; }
    public int Number { get; set; }
    public string Content { get; set; } = "";
    public string? DocumentReference { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public List<SubmissionFigure> Figures { get; set; } = [];
    public List<SubmissionReview> Reviews { get; set; } = [];

    /// <summary>The officer's text for each section of the regime's template, in template order; empty until first saved.</summary>
    public List<string> Narratives { get; set; } = [];

    /// <summary>
    /// The report exactly as submitted (<see cref="ReportWriter.ReportContent"/> as JSON): letterhead, text, facts and
    /// figures, so the document can be written again, identical, after the registers have moved on.
    /// </summary>
    public string? ReportSnapshot { get; set; }

    public bool IsSealed => SubmittedAt is not null;
}

/// <summary>An indicator figure reported in a version: code → value.</summary>
public sealed class SubmissionFigure
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public required string IndicatorCode { get; set; }
    public decimal Value { get; set; }
}

public enum ReviewDecision { Accepted, Returned }

public sealed class SubmissionReview
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public ReviewDecision Decision { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
    public string? By { get; set; }
}
