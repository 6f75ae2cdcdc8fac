using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Registry;

public enum IncomingState
{
    /// <summary>Chờ xử lý: entered, nobody has started on it.</summary>
    ToHandle,
    InProgress,
    Done,
}

/// <summary>
/// One line of a unit's incoming register (sổ văn bản đến): a stored document the unit received, its arrival number
/// for the year (gap-free, ADR 13), the arrival day, who must handle it and by when, and how far handling has got.
/// A document is entered once per receiving unit (unique index), so importing it again changes nothing.
/// </summary>
public sealed class IncomingEntry : IVersioned
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public int Year { get; set; }

    /// <summary>Số đến allocated by HuuNghi's counter; always the register's sequence.</summary>
    public int Number { get; set; }

    /// <summary>The number on the paper's "ĐẾN" stamp when the copy carries one (the office's own book); kept beside <see cref="Number"/>.</summary>
    public string? StampedNumber { get; set; }
    public DateOnly ArrivedOn { get; set; }
    public int DocumentId { get; set; }

    /// <summary>How it came: upload, edxml, hand, distribution.</summary>
    public string Source { get; set; } = IncomingRegister.Sources.Upload;
    public int? HandlerUnitId { get; set; }
    public int? HandlerUserId { get; set; }
    public DateOnly? Deadline { get; set; }
    public IncomingState State { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>The last arrival number per (unit, year); moved only by the upsert in the transaction writing the entry.</summary>
public sealed class IncomingCounter
{
    public int OrgUnitId { get; set; }
    public int Year { get; set; }
    public int Last { get; set; }
}
