using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// DOCX to text: body paragraphs in order, tables row by row (a header table's cells become the lines an
/// issuer block and a motto block would have on paper), footnotes appended at the end.
/// </summary>
internal static class DocxTextExtractor
{
    public static ReadResult Extract(byte[] bytes, string fileName, ReadOptions? options = null)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            if (!ZipLimits.Fit(stream, options)) return ReadResult.Fail(ReadError.Of(ReadErrorKind.TooLargeUnpacked, fileName, ZipLimits.Limits(options)));
            using var doc = WordprocessingDocument.Open(stream, false);
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null) return ReadResult.Fail(ReadError.Of(ReadErrorKind.CorruptDocx, fileName));
            var sb = new StringBuilder();
            foreach (var element in body.ChildElements) AppendBlock(sb, element);
            AppendFootnotes(sb, doc.MainDocumentPart!.FootnotesPart);
            var text = sb.ToString();
            return string.IsNullOrWhiteSpace(text)
                ? ReadResult.Fail(ReadError.Of(ReadErrorKind.Empty, fileName))
                : ReadResult.Ok(fileName, text, "docx");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // OpenXml and System.IO.Packaging throw a range of types on truncated or non-DOCX zips.
            return ReadResult.Fail(ReadError.Of(ReadErrorKind.CorruptDocx, fileName));
        }
    }

    private static void AppendBlock(StringBuilder sb, OpenXmlElement element)
    {
        switch (element)
        {
            case Paragraph p:
                sb.Append(ParagraphText(p)).Append('\n');
                break;
            case Table table:
                foreach (var row in table.Elements<TableRow>()) AppendRow(sb, row);
                break;
            case SdtBlock sdt:
                foreach (var child in sdt.Descendants<Paragraph>()) sb.Append(ParagraphText(child)).Append('\n');
                break;
        }
    }

    // A row of three or more one-line cells is a data row (statistics): keep it on one line. Otherwise each
    // cell's paragraphs stand as lines, as a Decree 30 header table's issuer and motto blocks (or its
    // "Số" and date cells, or "Nơi nhận" beside the signer) read on paper.
    private static void AppendRow(StringBuilder sb, TableRow row)
    {
        var cells = row.Elements<TableCell>().ToList();
        var simple = cells.Count >= 3 && cells.All(c => c.Elements<Paragraph>().Count() <= 1 && !c.Elements<Table>().Any());
        if (simple)
        {
            sb.Append(string.Join('\t', cells.Select(c => ParagraphText(c.Elements<Paragraph>().FirstOrDefault())))).Append('\n');
            return;
        }
        foreach (var cell in cells)
            foreach (var element in cell.ChildElements) AppendBlock(sb, element);
    }

    private static void AppendFootnotes(StringBuilder sb, FootnotesPart? part)
    {
        if (part?.Footnotes is null) return;
        foreach (var note in part.Footnotes.Elements<Footnote>())
        {
            // Ids below 1 are the separator footnotes Word always writes.
            if (note.Id is null || note.Id.Value < 1) continue;
            foreach (var p in note.Elements<Paragraph>()) sb.Append(ParagraphText(p)).Append('\n');
        }
    }

    internal static string ParagraphText(Paragraph? p)
    {
        if (p is null) return "";
        var sb = new StringBuilder();
        foreach (var node in p.Descendants())
        {
            switch (node)
            {
                case global::DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }
}
