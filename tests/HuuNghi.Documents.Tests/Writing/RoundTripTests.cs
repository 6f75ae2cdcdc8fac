using System.Text;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Tests.Support;
using HuuNghi.Documents.Writing.Docx;
using HuuNghi.Documents.Writing.Pdf;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>
/// What our writer writes, our parser reads back: the header fields, addressees, signer and "Nơi nhận" of every
/// document shape the report writer produces, from the DOCX and from the PDF LibreOffice makes of it.
/// </summary>
[Collection(PdfConversionCollection.Name)]
public class RoundTripTests
{
    public static TheoryData<string> Cases() => [.. RoundTripDocuments.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_read_back_from_the_DOCX_what_the_writer_wrote(string name)
    {
        var written = RoundTripDocuments.All().Single(c => c.Name == name);
        AssertReadsBack(written, new AdministrativeDocumentWriter().Write(written.Document), "report.docx");
    }

    [Fact]
    public void Should_read_back_the_header_of_a_report_with_500_footnotes_and_a_100_row_table()
    {
        var written = RoundTripDocuments.Heavy(footnotes: 500, tableRows: 100);
        AssertReadsBack(written, new AdministrativeDocumentWriter().Write(written.Document), "report.docx");
    }

    [Fact]
    public async Task Should_read_back_from_the_PDF_of_the_Thap_Muoi_report()
    {
        await AssertReadsBackFromPdf(RoundTripDocuments.ThapMuoiReport());
    }

    [Fact]
    public async Task Should_read_back_from_the_PDF_of_the_consolidated_report_with_its_landscape_annex()
    {
        await AssertReadsBackFromPdf(RoundTripDocuments.Consolidated());
    }

    [Fact]
    public async Task Should_read_back_from_the_PDF_of_the_other_shapes()
    {
        foreach (var written in RoundTripDocuments.All().Skip(2)) await AssertReadsBackFromPdf(written);
    }

    // The PDF sets footnotes at the page foot, inside the body's flow: they must not add or lose citations.
    private static async Task AssertReadsBackFromPdf(RoundTripDocuments.Case written)
    {
        var converter = new PdfConverter();
        Assert.True(converter.IsAvailable, PdfConverter.NotInstalledMessage);
        var docx = new AdministrativeDocumentWriter().Write(written.Document);
        var pdf = await converter.ConvertAsync(docx);
        AssertReadsBack(written, pdf, "report.pdf");
        Assert.Equal(Citations(docx, "report.docx"), Citations(pdf, "report.pdf"));
    }

    private static List<string> Citations(byte[] bytes, string fileName) =>
        DocumentParser.ParseBytes(bytes, fileName).Documents.Single().Citations.Select(c => $"{c.Reference} {c.IssuedOn} {c.Issuer}").ToList();

    private static void AssertReadsBack(RoundTripDocuments.Case written, byte[] bytes, string fileName)
    {
        var parsed = DocumentParser.ParseBytes(bytes, fileName);
        Assert.True(parsed.Succeeded, parsed.Error?.ToString());
        var document = Assert.Single(parsed.Documents);
        var expected = Expected(written);
        var actual = Summary(document);
        if (expected == actual) return;
        var text = DocumentReader.Read(bytes, fileName).Text ?? "";
        Assert.Fail($"{written.Name} ({fileName}) read back differently.\n--- written\n{expected}\n--- read\n{actual}\n--- text\n{text[..Math.Min(text.Length, 3000)]}");
    }

    // The contract's forms: list items without the dash and the closing ";" "," "."; the signer lines as printed.
    private static string Expected(RoundTripDocuments.Case c)
    {
        var d = c.Document;
        var header = d.Header!;
        return Lines(
            c.Kind,
            header.Number is { } n ? n.ToString("00") : null,
            header.Symbol,
            c.Reference,
            c.IssuedOn,
            header.Place,
            c.Issuer,
            d.Title,
            d.Addressees.Select(Item),
            d.Signer?.Authority.Select(a => a.ToUpperInvariant()),
            d.Signer?.Position.ToUpperInvariant(),
            d.Signer?.Name,
            d.Distribution.Select(Item));
    }

    private static string Summary(ParsedDocument p) => Lines(
        p.Kind, p.Number, p.Symbol, p.Reference, p.IssuedOn, p.Place, p.Issuer, p.Title, p.Addressees,
        p.Signer?.Authority, p.Signer?.Position, p.Signer?.Name, p.Distribution);

    private static string Lines(string kind, string? number, string? symbol, string? reference, string? issuedOn, string? place,
        string? issuer, string? title, IEnumerable<string> addressees, IEnumerable<string>? authority, string? position,
        string? name, IEnumerable<string> distribution)
    {
        var sb = new StringBuilder();
        sb.Append("kind: ").AppendLine(kind);
        sb.Append("number: ").AppendLine(number);
        sb.Append("symbol: ").AppendLine(symbol);
        sb.Append("reference: ").AppendLine(reference);
        sb.Append("issuedOn: ").AppendLine(issuedOn);
        sb.Append("place: ").AppendLine(place);
        sb.Append("issuer: ").AppendLine(issuer);
        sb.Append("title: ").AppendLine(title);
        sb.Append("addressees: ").AppendLine(string.Join(" | ", addressees));
        sb.Append("authority: ").AppendLine(string.Join(" | ", authority ?? []));
        sb.Append("position: ").AppendLine(position);
        sb.Append("name: ").AppendLine(name);
        sb.Append("distribution: ").AppendLine(string.Join(" | ", distribution));
        return sb.ToString();
    }

    private static string Item(string s) => s.Trim().TrimStart('-', ' ').TrimEnd(';', ',', '.', ' ');
}
