using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Support;

/// <summary>Builds small DOCX files in memory: paragraphs between Decree 30's two-cell header and signature tables.</summary>
internal static class TestDocx
{
    public static byte[] Create(IEnumerable<string> paragraphs, (string[] Left, string[] Right)? headerTable = null,
        (string[] Left, string[] Right)? footerTable = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            if (headerTable is { } t)
            {
                var row = new TableRow(Cell(t.Left), Cell(t.Right));
                body.Append(new Table(row));
            }
            foreach (var p in paragraphs) body.Append(Paragraph(p));
            if (footerTable is { } f) body.Append(new Table(new TableRow(Cell(f.Left), Cell(f.Right))));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph with a footnote, then a three-column statistics table.</summary>
    public static byte[] WithFootnoteAndTable(string paragraph, string footnote, string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var notes = main.AddNewPart<FootnotesPart>();
            notes.Footnotes = new Footnotes(
                new Footnote(Paragraph("")) { Id = 0, Type = FootnoteEndnoteValues.Separator },
                new Footnote(Paragraph(footnote)) { Id = 1 });
            var body = new Body(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(paragraph)),
                new Run(new FootnoteReference { Id = 1 })));
            body.Append(new Table(rows.Select(r => new TableRow(r.Select(c => Cell([c]))))));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static TableCell Cell(string[] lines) => new(lines.Select(Paragraph));

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
}
