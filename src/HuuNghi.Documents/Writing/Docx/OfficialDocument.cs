namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// A document as an official sends it, independent of where its content came from: the report writer,
/// the task-table export and letters all fill this one model and let <see cref="AdministrativeDocumentWriter"/>
/// lay it out to Decree 30/2020 (State) or Guidance 36-HD/VPTW (Party).
/// </summary>
public sealed record OfficialDocument
{
    /// <summary>The header table (issuer, motto, number, place and date); null for an annex or a table export.</summary>
    public DocumentHeader? Header { get; init; }

    /// <summary>The kind in capitals ("BÁO CÁO", "KẾ HOẠCH"); null for a Công văn, whose title then becomes "V/v …".</summary>
    public string? KindName { get; init; }

    /// <summary>The trích yếu: under the kind, or the "V/v" subject of a Công văn.</summary>
    public string? Title { get; init; }

    /// <summary>"Kính gửi": one addressee goes inline, several become a dashed list.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    public IReadOnlyList<DocumentBlock> Body { get; init; } = [];

    public Signer? Signer { get; init; }

    /// <summary>"Nơi nhận" lines without the leading dash, e.g. "Như trên", "Lưu: VT, NC".</summary>
    public IReadOnlyList<string> Distribution { get; init; } = [];

    /// <summary>Phụ lục after the signature, each from a new page: the tables too wide or too long for the text.</summary>
    public IReadOnlyList<Annex> Annexes { get; init; } = [];

    /// <summary>Orientation of the first section; a <see cref="SectionBreak"/> in the body changes it later.</summary>
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    /// <summary>Core property "creator"; the issuer when not given.</summary>
    public string? Author { get; init; }
}

public sealed record DocumentHeader
{
    public IssuingSystem System { get; init; } = IssuingSystem.State;

    /// <summary>The body above the issuer ("UBND TỈNH ĐỒNG THÁP", "TỈNH ỦY TÂY NINH"), in regular capitals.</summary>
    public string? IssuerParent { get; init; }

    /// <summary>The issuing body ("ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI"), in bold capitals.</summary>
    public required string Issuer { get; init; }

    /// <summary>Null in a draft: the number is written in by the clerk (văn thư) when the document is issued.</summary>
    public int? Number { get; init; }

    /// <summary>The ký hiệu after the number: "BC-UBND" (State), "KH/TU" (Party), "BNV-VP" (a Công văn).</summary>
    public required string Symbol { get; init; }

    public required string Place { get; init; }

    /// <summary>Null in a draft: the day and month stay blank for the clerk.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year printed in a draft whose <see cref="Date"/> is still open.</summary>
    public int? DraftYear { get; init; }

    public Urgency Urgency { get; init; }

    public Secrecy Secrecy { get; init; }
}

/// <summary>
/// A phụ lục: "PHỤ LỤC" (numbered when there are several), its title, the line that ties it to the document
/// ("(Kèm theo Báo cáo số 12/BC-UBND ngày 17/01/2024 của …)") and its body, on its own pages.
/// </summary>
public sealed record Annex(string Title, string? Reference, IReadOnlyList<DocumentBlock> Body, PageOrientation Orientation = PageOrientation.Portrait);

/// <summary>Who signs: authority lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the position and the name.</summary>
public sealed record Signer(IReadOnlyList<string> Authority, string Position, string Name);

public enum IssuingSystem
{
    /// <summary>Decree 30/2020/NĐ-CP: "Số: 12/BC-UBND" under the national motto.</summary>
    State,

    /// <summary>Guidance 36-HD/VPTW: "Số 83-KH/TU" under "ĐẢNG CỘNG SẢN VIỆT NAM".</summary>
    Party,
}

public enum PageOrientation
{
    Portrait,
    Landscape,
}

public enum Urgency
{
    None,
    Urgent,
    VeryUrgent,
    Flash,
}

public enum Secrecy
{
    None,
    Confidential,
    Secret,
    TopSecret,
}
