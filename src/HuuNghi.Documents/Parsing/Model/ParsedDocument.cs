namespace HuuNghi.Documents.Parsing.Model;

/// <summary>
/// One administrative document as the contract <c>parsed-document.md</c> describes it. Property order is
/// the contract's field order, because <see cref="DocumentJson"/> serialises it as is.
/// </summary>
public sealed class ParsedDocument
{
    /// <summary>Contract kind: <c>plan</c>, <c>report</c>, <c>dispatch</c>, … or <c>other</c>.</summary>
    public string Kind { get; set; } = DocumentKinds.Other;
    /// <summary>Digits before the symbol; null when the draft leaves it blank.</summary>
    public string? Number { get; set; }
    /// <summary>The part after the number (<c>KH/TU</c>, <c>BC-UBND</c>).</summary>
    public string? Symbol { get; set; }
    /// <summary>Number and symbol joined as written (<c>83-KH/TU</c>, <c>/BC-UBND</c>).</summary>
    public string? Reference { get; set; }
    /// <summary>ISO date, possibly partial (<c>2024-01</c>, <c>2023</c>).</summary>
    public string? IssuedOn { get; set; }
    /// <summary>Place as written before ", ngày".</summary>
    public string? Place { get; set; }
    /// <summary>Issuing body, abbreviations expanded.</summary>
    public string? Issuer { get; set; }
    /// <summary>Subject line (trích yếu).</summary>
    public string? Title { get; set; }
    /// <summary>"Kính gửi" entries.</summary>
    public List<string> Addressees { get; set; } = [];
    /// <summary>"Nơi nhận" entries.</summary>
    public List<string> Distribution { get; set; } = [];
    /// <summary>The signer block, or null when the copy shows none.</summary>
    public SignerInfo? Signer { get; set; }
    /// <summary>Other documents named by number and symbol, in order of first mention.</summary>
    public List<Citation> Citations { get; set; } = [];
    /// <summary>Assignable items of a plan, action program or dispatch.</summary>
    public List<TaskItem> Tasks { get; set; } = [];
    /// <summary>Reporting and completion deadlines the document sets.</summary>
    public List<Deadline> Deadlines { get; set; } = [];
    /// <summary>Digital-signature stamps, in order.</summary>
    public List<DigitalSignature> Signatures { get; set; } = [];
    /// <summary>The incoming ("ĐẾN") stamp, when the copy carries one.</summary>
    public Receipt? Receipt { get; set; }
    /// <summary>Fields the parser is unsure of (not a contract field: written after all of them).</summary>
    public List<ParseWarning> Warnings { get; set; } = [];
}

/// <summary>Người ký: authority lines (TM., KT., …), office and name.</summary>
public sealed record SignerInfo(List<string> Authority, string? Position, string? Name);

/// <summary>A document named by another one.</summary>
public sealed record Citation(string Kind, string Reference, string? IssuedOn, string? Issuer);

/// <summary>A digital-signature stamp as printed on the copy.</summary>
public sealed record DigitalSignature(string? Signer, string? Email, string? Organization, string? SignedAt);

/// <summary>The incoming-document stamp: arrival number, date and receiving body.</summary>
public sealed record Receipt(string? Number, string? Date, string? By);

/// <summary>A deadline: what it is for, when (<c>2022-07</c>, <c>2025-Q1</c>, <c>12</c>), and the words that set it.</summary>
public sealed record Deadline(string What, string Due, string? Recurrence, string Text);
