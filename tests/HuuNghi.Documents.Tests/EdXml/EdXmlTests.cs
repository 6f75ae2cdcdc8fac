using System.Text;
using HuuNghi.Documents.EdXml;

namespace HuuNghi.Documents.Tests.EdXml;

public sealed class EdXmlTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% a tiny stand-in for a signed plan\n%%EOF\n");

    private static EdXmlPackage Plan(params EdXmlAttachment[] files) => new()
    {
        From = new EdXmlOrgan("dt.tu", "Tỉnh ủy Đồng Tháp"),
        To = [new EdXmlOrgan("dt.tm.ubnd", "Ủy ban nhân dân huyện Tháp Mười"), new EdXmlOrgan("000.00.00.H17", "Sở Ngoại vụ")],
        CodeNumber = "83", CodeNotation = "KH/TU", Place = "Đồng Tháp", PromulgationDate = new DateOnly(2022, 6, 11), TypeName = "Kế hoạch",
        Subject = "Thực hiện Chỉ thị 12-CT/TW về công tác đối ngoại nhân dân", SignerName = "Nguyễn Văn A", SignerPosition = "Phó Bí thư",
        DueDate = new DateOnly(2022, 12, 15), ToPlaces = ["Các huyện ủy", "Lưu VT"],
        Traces = [new EdXmlTrace("dt.tu", new DateTime(2022, 6, 11, 9, 30, 0))],
        Attachments = files.Length > 0 ? files : [new EdXmlAttachment("a1", "83-KH-TU.pdf", "application/pdf", "Kế hoạch", Pdf)],
    };

    private static byte[] Bytes(EdXmlPackage package)
    {
        using var stream = new MemoryStream();
        EdXmlWriter.Write(package, stream);
        return stream.ToArray();
    }

    private static EdXmlPackage Read(byte[] bytes) => EdXmlReader.Read(new MemoryStream(bytes));

    private static string Refusal(byte[] bytes) => Assert.Throws<EdXmlException>(() => Read(bytes)).Vi + " / " + Assert.Throws<EdXmlException>(() => Read(bytes)).En;

    [Fact]
    public void Should_read_back_every_header_field_and_the_file_byte_for_byte()
    {
        var written = Plan();
        var read = Read(Bytes(written));

        Assert.Equal(written.From, read.From);
        Assert.Equal(written.To, read.To);
        Assert.Equal("83-KH/TU", read.Reference);
        Assert.Equal((written.Place, written.PromulgationDate, written.TypeName, written.Subject), (read.Place, read.PromulgationDate, read.TypeName, read.Subject));
        Assert.Equal((written.SignerName, written.SignerPosition, written.DueDate), (read.SignerName, read.SignerPosition, read.DueDate));
        Assert.Equal(written.ToPlaces, read.ToPlaces);
        Assert.Equal(written.Traces, read.Traces);
        var file = Assert.Single(read.Attachments);
        Assert.Equal(("83-KH-TU.pdf", "application/pdf"), (file.Name, file.ContentType));
        Assert.Equal(Pdf, file.Content);
    }

    [Fact]
    public void Should_write_the_standards_namespace_envelope_header_and_encoded_attachments()
    {
        var xml = Encoding.UTF8.GetString(Bytes(Plan()));
        Assert.Contains("xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", xml);
        foreach (var element in new[] { "edXML:edXMLEnvelope", "edXML:edXMLHeader", "edXML:MessageHeader", "edXML:TraceHeaderList", "edXML:edXMLManifest", "<AttachmentEncoded>" })
            Assert.Contains(element, xml);
        Assert.Contains("<edXML:DocumentId>dt.tu,2022/06/11,83/KH/TU</edXML:DocumentId>", xml);
        Assert.True(EdXmlReader.Looks(Encoding.UTF8.GetBytes(xml), "goi.xml"));
        Assert.False(EdXmlReader.Looks(Pdf, "plan.pdf"));
    }

    [Theory]
    [InlineData("83-KH/TU", "83", "KH/TU")]
    [InlineData("313/KH-UBND", "313", "KH-UBND")]
    [InlineData("457/LĐLĐ", "457", "LĐLĐ")]
    [InlineData("09/2011/QĐ-UBND", "09", "2011/QĐ-UBND")]
    [InlineData("/BC-UBND", "", "BC-UBND")]
    public void Should_split_a_reference_and_join_it_back_as_written(string reference, string number, string notation)
    {
        Assert.Equal((number, notation), EdXmlPackage.SplitReference(reference));
        Assert.Equal(reference, (Plan() with { CodeNumber = number, CodeNotation = notation }).Reference);
    }

    [Fact]
    public void Should_refuse_a_truncated_file()
    {
        var bytes = Bytes(Plan());
        Assert.Contains("bị cắt cụt", Refusal(bytes[..(bytes.Length / 2)]));
    }

    [Fact]
    public void Should_refuse_another_namespace_and_a_missing_header_field()
    {
        var xml = Encoding.UTF8.GetString(Bytes(Plan()));
        Assert.Contains("QCVN 102:2016", Refusal(Encoding.UTF8.GetBytes(xml.Replace(EdXmlPackage.Namespace, "urn:other"))));
        var noSubject = System.Text.RegularExpressions.Regex.Replace(xml, "<edXML:Subject>.*?</edXML:Subject>", "");
        Assert.Contains("MessageHeader/Subject", Refusal(Encoding.UTF8.GetBytes(noSubject)));
        Assert.Contains("PromulgationDate", Refusal(Encoding.UTF8.GetBytes(xml.Replace("2022/06/11</edXML:PromulgationDate>", "2022/02/30</edXML:PromulgationDate>"))));
    }

    [Fact]
    public void Should_refuse_an_attachment_that_is_not_what_the_header_says()
    {
        var notPdf = new EdXmlAttachment("a1", "83-KH-TU.pdf", "application/pdf", null, Encoding.UTF8.GetBytes("KẾ HOẠCH, typed text, not a PDF"));
        var refusal = Refusal(Bytes(Plan(notPdf)));
        Assert.Contains("không phải là PDF", refusal);
        Assert.Contains("is not the PDF", refusal);
    }

    [Fact]
    public void Should_refuse_a_file_whose_size_differs_from_the_manifest_or_that_the_manifest_names_but_the_package_lacks()
    {
        var xml = Encoding.UTF8.GetString(Bytes(Plan()));
        Assert.Contains("không toàn vẹn", Refusal(Encoding.UTF8.GetBytes(xml.Replace($"<edXML:Size>{Pdf.Length}</edXML:Size>", "<edXML:Size>99</edXML:Size>"))));
        var withoutFiles = System.Text.RegularExpressions.Regex.Replace(xml, "<Attachment>.*?</Attachment>", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Contains("không mang tệp đó", Refusal(Encoding.UTF8.GetBytes(withoutFiles)));
    }

    [Fact]
    public void Should_refuse_broken_base64()
    {
        var xml = Encoding.UTF8.GetString(Bytes(Plan()));
        var broken = System.Text.RegularExpressions.Regex.Replace(xml, "<ContentTransferEncoded>(.*?)</ContentTransferEncoded>", "<ContentTransferEncoded>@@not base64@@</ContentTransferEncoded>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.Contains("base64", Refusal(Encoding.UTF8.GetBytes(broken)));
    }
}
