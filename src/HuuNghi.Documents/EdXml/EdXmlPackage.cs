namespace HuuNghi.Documents.EdXml;

/// <summary>An organisation as the national document exchange names it: its identifier code (mã định danh) and name.</summary>
public sealed record EdXmlOrgan(string Id, string Name);

/// <summary>One passage of the package through an agency (TraceHeader): who handled it and when.</summary>
public sealed record EdXmlTrace(string OrganId, DateTime Timestamp);

/// <summary>A file carried by the package; <see cref="ContentId"/> ties it to its entry in the body's manifest.</summary>
public sealed record EdXmlAttachment(string ContentId, string Name, string ContentType, string? Description, byte[] Content);

/// <summary>
/// An edXML package (QCVN 102:2016/BTTTT, amended 2022): the message header an e-office system reads to register a
/// document without opening it (sender, receivers, number and notation, place and date, type, subject, signer, due
/// date, places to receive), the trace of agencies it passed, and the files themselves. Pure data; the
/// <see cref="EdXmlWriter"/> and <see cref="EdXmlReader"/> turn it into the standard's XML and back.
/// </summary>
public sealed record EdXmlPackage
{
    public const string Namespace = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    public required EdXmlOrgan From { get; init; }
    public IReadOnlyList<EdXmlOrgan> To { get; init; } = [];
    /// <summary>Số: the digits of the reference ("83"); empty for a document without a number.</summary>
    public string CodeNumber { get; init; } = "";
    /// <summary>Ký hiệu: the rest of the reference ("KH/TU", "KH-UBND").</summary>
    public string CodeNotation { get; init; } = "";
    public string? Place { get; init; }
    public DateOnly? PromulgationDate { get; init; }
    /// <summary>The type's name as written on the document ("Kế hoạch", "Báo cáo").</summary>
    public string? TypeName { get; init; }
    public required string Subject { get; init; }
    public string? SignerName { get; init; }
    public string? SignerPosition { get; init; }
    public DateOnly? DueDate { get; init; }
    public IReadOnlyList<string> ToPlaces { get; init; } = [];
    public IReadOnlyList<EdXmlTrace> Traces { get; init; } = [];
    public IReadOnlyList<EdXmlAttachment> Attachments { get; init; } = [];

    /// <summary>
    /// The reference as the document writes it. Party documents join number and notation with "-" (83-KH/TU),
    /// State documents with "/" (313/KH-UBND): the notation of a Party document has its slash inside, so one
    /// without "-" but with "/" reads as Party style when the body's symbol starts that way.
    /// </summary>
    public string? Reference => CodeNumber.Length == 0 && CodeNotation.Length == 0 ? null
        : CodeNumber.Length == 0 ? "/" + CodeNotation
        : CodeNotation.Length == 0 ? CodeNumber
        : CodeNumber + (PartyStyle(CodeNotation) ? "-" : "/") + CodeNotation;

    /// <summary>Splits a reference into number and notation: "83-KH/TU" → ("83", "KH/TU"), "313/KH-UBND" → ("313", "KH-UBND").</summary>
    public static (string Number, string Notation) SplitReference(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return ("", "");
        var text = reference.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0) return ("", text.TrimStart('/', '-'));
        if (digits == text.Length) return (text, "");
        return (text[..digits], text[(digits + 1)..]);
    }

    // Party notations end in a body after a slash (KH/TU, BC/BDVTU) and hold no hyphen; State ones are KIND-BODY.
    private static bool PartyStyle(string notation) => notation.Contains('/') && !notation.Contains('-');
}
