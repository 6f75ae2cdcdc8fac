using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace HuuNghi.Documents.EdXml;

/// <summary>Why a package was refused, in Vietnamese and English, ready for one line on standard error.</summary>
public sealed class EdXmlException(string vi, string en) : Exception(en)
{
    public string Vi { get; } = vi;
    public string En { get; } = en;
}

/// <summary>
/// Reads an edXML package back, refusing what an e-office system would refuse: XML that is malformed or cut off,
/// another namespace, a header without sender, subject or number, a date that is no date, a manifest entry with no
/// file or a file the manifest does not name, base64 that does not decode, and a file whose bytes are not what
/// its header says (a "PDF" that does not start as a PDF, a size that differs).
/// </summary>
public static class EdXmlReader
{
    private static readonly XNamespace Ns = EdXmlPackage.Namespace;
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    /// <summary>Whether the bytes look like an edXML package (its root element in the standard's namespace).</summary>
    public static bool Looks(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (Path.GetExtension(fileName).Equals(".edxml", StringComparison.OrdinalIgnoreCase)) return true;
        var head = System.Text.Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return head.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith("<", StringComparison.Ordinal)
            && head.Contains("<edXML", StringComparison.Ordinal) && head.Contains(EdXmlPackage.Namespace, StringComparison.Ordinal);
    }

    public static EdXmlPackage Read(Stream input)
    {
        XDocument doc;
        try
        {
            doc = XDocument.Load(XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }));
        }
        catch (XmlException e)
        {
            throw new EdXmlException($"Tệp edXML hỏng hoặc bị cắt cụt (dòng {e.LineNumber}): {e.Message}",
                $"The edXML file is malformed or truncated (line {e.LineNumber}): {e.Message}");
        }
        var root = doc.Root!;
        if (root.Name.LocalName != "edXML" || root.Name.Namespace != Ns)
            throw new EdXmlException($"Không phải gói edXML theo QCVN 102:2016 (phần tử gốc {root.Name}, cần edXML trong {Ns}).",
                $"Not an edXML package under QCVN 102:2016 (root element {root.Name}, expected edXML in {Ns}).");
        var header = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLHeader")?.Element(Ns + "MessageHeader")
            ?? throw Missing("edXMLEnvelope/edXMLHeader/MessageHeader");

        var from = Organ(header.Element(Ns + "From")) ?? throw Missing("MessageHeader/From/OrganId");
        var subject = Text(header.Element(Ns + "Subject")) ?? throw Missing("MessageHeader/Subject");
        var code = header.Element(Ns + "Code") ?? throw Missing("MessageHeader/Code");
        var promulgation = header.Element(Ns + "PromulgationInfo");
        var signer = header.Element(Ns + "SignerInfo");

        var package = new EdXmlPackage
        {
            From = from,
            To = [.. header.Elements(Ns + "To").Select(Organ).OfType<EdXmlOrgan>()],
            CodeNumber = Text(code.Element(Ns + "CodeNumber")) ?? "",
            CodeNotation = Text(code.Element(Ns + "CodeNotation")) ?? "",
            Place = Text(promulgation?.Element(Ns + "Place")),
            PromulgationDate = Day(promulgation?.Element(Ns + "PromulgationDate"), "PromulgationDate"),
            TypeName = Text(header.Element(Ns + "DocumentType")?.Element(Ns + "TypeName")),
            Subject = subject,
            SignerName = Text(signer?.Element(Ns + "FullName")),
            SignerPosition = Text(signer?.Element(Ns + "Position")),
            DueDate = Day(header.Element(Ns + "DueDate"), "DueDate"),
            ToPlaces = [.. header.Element(Ns + "ToPlaces")?.Elements(Ns + "Place").Select(Text).OfType<string>() ?? []],
            Traces = [.. Traces(root)],
            Attachments = Attachments(root),
        };
        return package;
    }

    private static IEnumerable<EdXmlTrace> Traces(XElement root)
    {
        var list = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLHeader")?.Element(Ns + "TraceHeaderList");
        foreach (var trace in list?.Elements(Ns + "TraceHeader") ?? [])
        {
            var organ = Text(trace.Element(Ns + "OrganId"));
            var at = Text(trace.Element(Ns + "Timestamp"));
            if (organ is null || at is null) continue;
            if (!DateTime.TryParseExact(at, ["yyyy/MM/dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
                throw new EdXmlException($"Thời điểm '{at}' trong TraceHeader không hợp lệ.", $"The TraceHeader timestamp '{at}' is not valid.");
            yield return new EdXmlTrace(organ, when);
        }
    }

    private static List<EdXmlAttachment> Attachments(XElement root)
    {
        var manifest = root.Element(Ns + "edXMLEnvelope")?.Element(Ns + "edXMLBody")?.Element(Ns + "edXMLManifest");
        var named = (manifest?.Elements(Ns + "Reference") ?? []).Select(r => (
            Id: ContentId((string?)r.Attribute(XLink + "href")),
            Name: Text(r.Element(Ns + "AttachmentName")),
            Size: Text(r.Element(Ns + "Size")))).ToList();
        var files = new List<EdXmlAttachment>();
        foreach (var a in root.Element(Ns + "AttachmentEncoded")?.Elements(Ns + "Attachment") ?? [])
        {
            var id = ContentId(Text(a.Element(Ns + "ContentId"))) ?? throw Missing("Attachment/ContentId");
            var name = Text(a.Element(Ns + "AttachmentName")) ?? throw Missing($"Attachment {id}/AttachmentName");
            var type = Text(a.Element(Ns + "ContentType")) ?? "application/octet-stream";
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String((string?)a.Element(Ns + "ContentTransferEncoded") ?? "");
            }
            catch (FormatException)
            {
                throw new EdXmlException($"Tệp đính kèm '{name}' không giải mã được (base64 hỏng).", $"The attachment '{name}' cannot be decoded (broken base64).");
            }
            if (bytes.Length == 0) throw new EdXmlException($"Tệp đính kèm '{name}' rỗng.", $"The attachment '{name}' is empty.");
            var entry = named.FirstOrDefault(n => n.Id == id);
            if (manifest is not null && entry.Id is null)
                throw new EdXmlException($"Tệp đính kèm '{name}' không có trong danh mục (edXMLManifest) của gói.", $"The attachment '{name}' is not in the package's manifest (edXMLManifest).");
            if (entry.Size is { } size && size != bytes.Length.ToString(CultureInfo.InvariantCulture))
                throw new EdXmlException($"Tệp đính kèm '{name}' có {bytes.Length} byte, danh mục ghi {size}: gói không toàn vẹn.",
                    $"The attachment '{name}' has {bytes.Length} bytes where the manifest says {size}: the package is not intact.");
            CheckContentType(name, type, bytes);
            files.Add(new EdXmlAttachment(id, name, type, Text(a.Element(Ns + "Description")), bytes));
        }
        foreach (var missing in named.Where(n => n.Id is not null && files.All(f => f.ContentId != n.Id)))
            throw new EdXmlException($"Danh mục của gói nêu tệp '{missing.Name ?? missing.Id}' nhưng gói không mang tệp đó.",
                $"The package's manifest names the file '{missing.Name ?? missing.Id}' but the package does not carry it.");
        if (files.Count == 0) throw new EdXmlException("Gói edXML không có tệp văn bản đính kèm.", "The edXML package carries no document file.");
        return files;
    }

    /// <summary>The header's content type, or the file name, against the bytes' own signature.</summary>
    private static void CheckContentType(string name, string type, byte[] bytes)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        var claimsPdf = type.Contains("pdf", StringComparison.OrdinalIgnoreCase) || ext == ".pdf";
        var claimsDocx = type.Contains("officedocument", StringComparison.OrdinalIgnoreCase) || ext == ".docx";
        var isPdf = bytes.AsSpan().StartsWith("%PDF"u8);
        var isZip = bytes.AsSpan().StartsWith("PK\x03\x04"u8);
        if ((claimsPdf && !isPdf) || (claimsDocx && !isZip))
            throw new EdXmlException($"Tệp đính kèm '{name}' không phải là {(claimsPdf ? "PDF" : "DOCX")} như tiêu đề gói ghi ({type}).",
                $"The attachment '{name}' is not the {(claimsPdf ? "PDF" : "DOCX")} the package header says it is ({type}).");
    }

    private static EdXmlOrgan? Organ(XElement? e)
    {
        var id = Text(e?.Element(Ns + "OrganId"));
        return id is null ? null : new EdXmlOrgan(id, Text(e!.Element(Ns + "OrganName")) ?? "");
    }

    private static DateOnly? Day(XElement? e, string field)
    {
        var text = Text(e);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, ["yyyy/MM/dd", "yyyy-MM-dd", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new EdXmlException($"Ngày '{text}' ở {field} không hợp lệ (dạng yyyy/MM/dd).", $"The date '{text}' in {field} is not valid (yyyy/MM/dd).");
    }

    private static string? ContentId(string? text) => string.IsNullOrWhiteSpace(text) ? null
        : text.Trim().StartsWith("cid:", StringComparison.OrdinalIgnoreCase) ? text.Trim()[4..] : text.Trim();

    private static string? Text(XElement? e) => string.IsNullOrWhiteSpace(e?.Value) ? null : e.Value.Trim();

    private static EdXmlException Missing(string path) => new($"Gói edXML thiếu {path}.", $"The edXML package lacks {path}.");
}
