using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Registry;

public enum OutgoingState
{
    /// <summary>Held for a draft: the number is taken, the document not yet issued.</summary>
    Reserved,
    Issued,

    /// <summary>A reserved number given up; it stays in the register as cancelled so the sequence has no gap (ADR 10).</summary>
    Cancelled,
}

/// <summary>
/// One line of a unit's outgoing register (sổ văn bản đi): the number it handed out in a register and year, and
/// what the paper register records beside it. Rows are never deleted, only cancelled, so 1..N always has N rows.
/// </summary>
public sealed class OutgoingEntry : IVersioned
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }

    /// <summary>Which of the unit's registers ("chung" unless the unit keeps one per kind).</summary>
    public string Register { get; set; } = OutgoingRegister.General;
    public int Year { get; set; }
    public int Number { get; set; }
    public required string Symbol { get; set; }
    public OutgoingState State { get; set; }

    /// <summary>The document's day; null while the number is only reserved.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>Tên loại ("Báo cáo") and trích yếu, as the paper register's third column has them.</summary>
    public string? KindName { get; set; }
    public string? Title { get; set; }
    public string? Signer { get; set; }
    public string? Distribution { get; set; }
    public string? KeptBy { get; set; }
    public int? Copies { get; set; }

    /// <summary>The report submission the number was taken for, when a report took it.</summary>
    public int? SubmissionId { get; set; }
    public string? CancelReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public int Version { get; set; }

    public string Reference => OutgoingRegister.Reference(Number, Symbol);
}

/// <summary>
/// The last number handed out per (unit, register, year). Only ever moved by one atomic upsert inside the
/// transaction that writes the entry, so two officers can never be given the same number or skip one.
/// </summary>
public sealed class OutgoingCounter
{
    public int OrgUnitId { get; set; }
    public string Register { get; set; } = OutgoingRegister.General;
    public int Year { get; set; }
    public int Last { get; set; }
}
