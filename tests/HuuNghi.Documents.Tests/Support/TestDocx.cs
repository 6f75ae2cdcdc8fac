using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Support;

/// <summary>Builds small DOCX files in memory: paragraphs, and a two-cell header table like Decree 30's.</summary>
internal static class TestDocx
{
    public static byte[] Create(IEnumerable<string> paragraphs, (string[] Left, string[] Right)? headerTable = null)
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
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static TableCell Cell(string[] lines) => new(lines.Select(Paragraph));

    private static Paragraph Paragraph(string text) => new(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
}
