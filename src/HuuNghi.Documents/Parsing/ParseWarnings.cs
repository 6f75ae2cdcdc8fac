using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Says which fields of an assembled document rest on a fallback or were not found, so the upload page
/// can ask the officer to confirm them. Codes are stable; messages are Vietnamese then English.
/// </summary>
internal static class ParseWarnings
{
    public static List<ParseWarning> For(ParsedDocument doc, bool kindFromSymbol, bool issuerFromHeader)
    {
        var list = new List<ParseWarning>();
        if (doc.Title is null)
            list.Add(new("title", "title-not-found", "Không tìm thấy trích yếu / Subject line not found"));
        if (doc.Issuer is null)
            list.Add(new("issuer", "issuer-not-found", "Không tìm thấy cơ quan ban hành / Issuing body not found"));
        else if (!issuerFromHeader)
            list.Add(new("issuer", "issuer-not-from-header",
                "Cơ quan ban hành lấy từ khối chữ ký hoặc nội dung, không từ tiêu đề / Issuer taken from the signature block or body, not the header"));
        if (doc.IssuedOn is null)
            list.Add(new("issuedOn", "date-not-found", "Không tìm thấy ngày ban hành / Date of issue not found"));
        else if (doc.IssuedOn.Length < 10)
            list.Add(new("issuedOn", "date-partial", "Ngày ban hành chưa đầy đủ (dự thảo?) / Date of issue incomplete (a draft?)"));
        if (doc.Reference is null)
            list.Add(new("reference", "reference-not-found", "Không tìm thấy số, ký hiệu / Number and symbol not found"));
        else if (doc.Number is null)
            list.Add(new("number", "number-blank", "Văn bản chưa có số / The document has no number yet"));
        if (kindFromSymbol)
            list.Add(new("kind", "kind-from-symbol", "Loại văn bản suy ra từ ký hiệu / Kind inferred from the symbol"));
        else if (doc.Kind == DocumentKinds.Other)
            list.Add(new("kind", "kind-unknown", "Không xác định được loại văn bản / Kind of document not recognised"));
        if (doc.Signer is null)
            list.Add(new("signer", "signer-not-found", "Không tìm thấy người ký / Signer not found"));
        return list;
    }

    /// <summary>The issuer of an attachment without a letterhead was taken from the document it is attached to.</summary>
    public static void IssuerFromBundle(ParsedDocument doc)
    {
        doc.Warnings.RemoveAll(w => w.Code == "issuer-not-found");
        doc.Warnings.Add(new("issuer", "issuer-from-bundle",
            "Cơ quan ban hành lấy từ văn bản mà văn bản này kèm theo / Issuer taken from the document this one is attached to"));
    }
}
