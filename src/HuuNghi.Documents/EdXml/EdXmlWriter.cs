using System.Globalization;
using System.Text;
using System.Xml;

namespace HuuNghi.Documents.EdXml;

/// <summary>
/// Writes a package in the layout of QCVN 102:2016: <c>edXML</c> holding the <c>edXMLEnvelope</c> (header: message
/// header, trace list, signature slot; body: the manifest naming each file by its content id) and, after it,
/// <c>AttachmentEncoded</c> with the files in base64. Written as a stream, so a large attachment is encoded in
/// chunks rather than as one string.
/// </summary>
public static class EdXmlWriter
{
    private const string Prefix = "edXML";
    private const string XLink = "http://www.w3.org/1999/xlink";
    private const string SoapNextActor = "http://schemas.xmlsoap.org/soap/actor/next";

    public static void Write(EdXmlPackage package, Stream output)
    {
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("edXML", EdXmlPackage.Namespace);
        xml.WriteStartElement(Prefix, "edXMLEnvelope", EdXmlPackage.Namespace);
        xml.WriteStartElement(Prefix, "edXMLHeader", EdXmlPackage.Namespace);
        WriteMessageHeader(xml, package);
        WriteTraces(xml, package);
        // The slot an e-office system fills with its XML signature; HuuNghi signs nothing itself.
        Element(xml, "DigitalSignature", null, always: true);
        xml.WriteEndElement();

        xml.WriteStartElement(Prefix, "edXMLBody", EdXmlPackage.Namespace);
        xml.WriteStartElement(Prefix, "edXMLManifest", EdXmlPackage.Namespace);
        xml.WriteAttributeString("version", "1.0");
        foreach (var file in package.Attachments)
        {
            xml.WriteStartElement(Prefix, "Reference", EdXmlPackage.Namespace);
            xml.WriteAttributeString("xlink", "href", XLink, "cid:" + file.ContentId);
            xml.WriteAttributeString("xlink", "type", XLink, "simple");
            Element(xml, "Description", file.Description);
            Element(xml, "AttachmentName", file.Name);
            Element(xml, "ContentType", file.ContentType);
            Element(xml, "Size", file.Content.Length.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement(); // envelope

        xml.WriteStartElement("AttachmentEncoded", EdXmlPackage.Namespace);
        foreach (var file in package.Attachments)
        {
            xml.WriteStartElement("Attachment", EdXmlPackage.Namespace);
            xml.WriteElementString("ContentType", EdXmlPackage.Namespace, file.ContentType);
            xml.WriteElementString("ContentId", EdXmlPackage.Namespace, file.ContentId);
            xml.WriteElementString("AttachmentName", EdXmlPackage.Namespace, file.Name);
            if (file.Description is { } description) xml.WriteElementString("Description", EdXmlPackage.Namespace, description);
            xml.WriteStartElement("ContentTransferEncoded", EdXmlPackage.Namespace);
            for (var at = 0; at < file.Content.Length; at += 57 * 1024)
                xml.WriteBase64(file.Content, at, Math.Min(57 * 1024, file.Content.Length - at));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteMessageHeader(XmlWriter xml, EdXmlPackage p)
    {
        xml.WriteStartElement(Prefix, "MessageHeader", EdXmlPackage.Namespace);
        Organ(xml, "From", p.From);
        foreach (var to in p.To) Organ(xml, "To", to);
        xml.WriteStartElement(Prefix, "Code", EdXmlPackage.Namespace);
        Element(xml, "CodeNumber", p.CodeNumber, always: true);
        Element(xml, "CodeNotation", p.CodeNotation, always: true);
        xml.WriteEndElement();
        xml.WriteStartElement(Prefix, "PromulgationInfo", EdXmlPackage.Namespace);
        Element(xml, "Place", p.Place);
        Element(xml, "PromulgationDate", Day(p.PromulgationDate));
        xml.WriteEndElement();
        xml.WriteStartElement(Prefix, "DocumentType", EdXmlPackage.Namespace);
        Element(xml, "TypeName", p.TypeName);
        xml.WriteEndElement();
        Element(xml, "Subject", p.Subject, always: true);
        xml.WriteStartElement(Prefix, "SignerInfo", EdXmlPackage.Namespace);
        Element(xml, "Position", p.SignerPosition);
        Element(xml, "FullName", p.SignerName);
        xml.WriteEndElement();
        Element(xml, "DueDate", Day(p.DueDate));
        xml.WriteStartElement(Prefix, "ToPlaces", EdXmlPackage.Namespace);
        foreach (var place in p.ToPlaces) Element(xml, "Place", place);
        xml.WriteEndElement();
        // The standard's document id: sender, date, number/notation.
        Element(xml, "DocumentId", $"{p.From.Id},{Day(p.PromulgationDate)},{p.CodeNumber}/{p.CodeNotation}");
        xml.WriteEndElement();
    }

    private static void WriteTraces(XmlWriter xml, EdXmlPackage p)
    {
        xml.WriteStartElement(Prefix, "TraceHeaderList", EdXmlPackage.Namespace);
        xml.WriteAttributeString("version", "1.0");
        xml.WriteAttributeString("actor", SoapNextActor);
        foreach (var trace in p.Traces)
        {
            xml.WriteStartElement(Prefix, "TraceHeader", EdXmlPackage.Namespace);
            Element(xml, "OrganId", trace.OrganId);
            Element(xml, "Timestamp", trace.Timestamp.ToString("yyyy/MM/dd HH:mm:ss", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Organ(XmlWriter xml, string name, EdXmlOrgan organ)
    {
        xml.WriteStartElement(Prefix, name, EdXmlPackage.Namespace);
        Element(xml, "OrganId", organ.Id, always: true);
        Element(xml, "OrganName", organ.Name, always: true);
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string? value, bool always = false)
    {
        if (value is null && !always) return;
        xml.WriteElementString(Prefix, name, EdXmlPackage.Namespace, value ?? "");
    }

    /// <summary>The standard writes days as yyyy/MM/dd.</summary>
    internal static string? Day(DateOnly? day) => day?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);
}
