using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// An administrative document, imported from a file or entered by hand, or a placeholder for one that others
/// cite but nobody has stored yet (Directive 12-CT/TW is cited by everything). Placeholders become real
/// documents when the document itself arrives; the citation graph never breaks.
/// </summary>
public sealed class Document : IVersioned
{
    public int Id { get; set; }
    /// <summary>Contract kind: plan, report, dispatch, directive, …</summary>
    public required string Kind { get; set; }
    public string? Number { get; set; }
    public string? Symbol { get; set; }
    /// <summary>Số, ký hiệu as written: 83-KH/TU, 313/KH-UBND, /BC-UBND.</summary>
    public string? Reference { get; set; }
    /// <summary>The reference folded for matching (see <see cref="ReferenceKey"/>).</summary>
    public string? ReferenceKey { get; set; }
    /// <summary>ISO date, possibly partial (2024-01, 2023) as the document gives it.</summary>
    public string? IssuedOn { get; set; }
    public int? IssuedYear { get; set; }
    public string? Place { get; set; }
    public string? Issuer { get; set; }
    public int? IssuerUnitId { get; set; }
    public string? Title { get; set; }
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    /// <summary>The whole parse as contract JSON: addressees, distribution, tasks, deadlines, stamps.</summary>
    public string? ParsedJson { get; set; }
    /// <summary>Folded reference, title, issuer and places: what search matches, without diacritics.</summary>
    public string SearchText { get; set; } = "";
    public bool IsPlaceholder { get; set; }
    /// <summary>The unit that holds the document; with the issuer it decides who may read it.</summary>
    public int? OwnerUnitId { get; set; }
    public int? FileId { get; set; }
    /// <summary>Position inside a bundled file (a letter, the letter it forwards, the plan attached).</summary>
    public int? FileIndex { get; set; }
    public DateTime RecordedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The original file, kept byte for byte; its SHA-256 makes re-importing the same file a no-op.</summary>
public sealed class DocumentFile
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public long Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTime ImportedAt { get; set; }
}

/// <summary>"Document A cites B", with the date and issuer A states for B (which may disagree with B's own).</summary>
public sealed class DocumentCitation
{
    public int Id { get; set; }
    public int FromDocumentId { get; set; }
    public int ToDocumentId { get; set; }
    public int Position { get; set; }
    public required string Reference { get; set; }
    public string? StatedIssuedOn { get; set; }
    public string? StatedIssuer { get; set; }
}
