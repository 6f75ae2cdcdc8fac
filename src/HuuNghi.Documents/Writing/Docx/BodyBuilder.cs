using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>Turns body blocks into paragraphs and tables, footnotes into footnotes.xml entries.</summary>
internal sealed class BodyBuilder(DocumentLayout layout, FootnotesPart footnotes, SectionFactory sections)
{
    // Ids -1 and 0 are the separator footnotes Word expects; real footnotes count from 1.
    private int nextFootnoteId = 1;

    public PageOrientation Orientation { get; private set; } = sections.FirstOrientation;

    public IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Build(DocumentBlock block) => block switch
    {
        Heading h => [BuildHeading(h)],
        Paragraph p => [BodyParagraph(p.Inlines, prefix: null)],
        Bullet b => [BodyParagraph(b.Inlines, prefix: b.Level > 1 ? "+ " : "- ")],
        TableBlock t => BuildTable(t),
        SectionBreak s => [EndSection(s.Orientation)],
        _ => throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(block)),
    };

    public W.Paragraph BodyParagraph(IReadOnlyList<Inline> inlines, string? prefix)
    {
        var paragraph = new W.Paragraph(BodyProps(keepNext: false));
        if (prefix is not null) paragraph.Append(WordText.Run(prefix, layout.BodyPoints));
        foreach (var inline in inlines)
        {
            paragraph.Append(inline switch
            {
                TextRun r => WordText.Run(r.Text, layout.BodyPoints, r.Bold, r.Italic),
                Footnote f => FootnoteReference(f.Text),
                _ => throw new ArgumentException($"Unknown inline {inline.GetType().Name}.", nameof(inlines)),
            });
        }
        return paragraph;
    }

    private W.Paragraph BuildHeading(Heading heading)
    {
        var text = heading.Level <= 1 ? WordText.ToUpperVi(heading.Text) : heading.Text;
        return new W.Paragraph(
            BodyProps(keepNext: true),
            WordText.Run(text, layout.BodyPoints, bold: heading.Level <= 2, italic: heading.Level >= 3));
    }

    private W.ParagraphProperties BodyProps(bool keepNext) => WordText.Props(
        W.JustificationValues.Both,
        beforePt: 0,
        afterPt: layout.SpacingAfterPoints,
        line: layout.LineSpacing,
        firstLineTwips: DocumentLayout.CmToTwips(layout.FirstLineIndentCm),
        keepNext: keepNext);

    private W.Run FootnoteReference(string text)
    {
        var id = nextFootnoteId++;
        var note = new W.Footnote { Id = id };
        var mark = new W.Run(new W.RunProperties(new W.RunStyle { Val = WordStyles.FootnoteReference }), new W.FootnoteReferenceMark());
        var body = WordText.Run(" " + text, layout.FootnotePoints);
        note.Append(new W.Paragraph(
            WordText.Props(W.JustificationValues.Both, styleId: WordStyles.FootnoteText),
            mark,
            body));
        footnotes.Footnotes!.Append(note);
        return new W.Run(
            new W.RunProperties(new W.RunStyle { Val = WordStyles.FootnoteReference }),
            new W.FootnoteReference { Id = id });
    }

    private IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> BuildTable(TableBlock block)
    {
        var columns = Math.Max(block.Headers.Count, block.Rows.Count == 0 ? 0 : block.Rows.Max(r => r.Count));
        if (columns == 0) yield break;
        var widths = ColumnWidths(block.ColumnWeights, columns, layout.TextWidthTwips(Orientation));
        var table = WordTables.Bordered(widths);
        if (block.Headers.Count > 0)
        {
            table.Append(WordTables.Row(
                Enumerable.Range(0, columns).Select(i => TableCell(widths[i], i < block.Headers.Count ? block.Headers[i] : "", header: true)),
                repeatAsHeader: true));
        }
        foreach (var row in block.Rows)
        {
            table.Append(WordTables.Row(
                Enumerable.Range(0, columns).Select(i => TableCell(widths[i], i < row.Count ? row[i] : "", header: false))));
        }
        yield return table;
        // Word merges two adjacent tables into one; an empty paragraph keeps the next block apart.
        yield return new W.Paragraph(WordText.Props(W.JustificationValues.Left, afterPt: layout.SpacingAfterPoints));
    }

    private W.TableCell TableCell(int width, string text, bool header)
    {
        var paragraph = new W.Paragraph(
            WordText.Props(header ? W.JustificationValues.Center : W.JustificationValues.Left, beforePt: 2, afterPt: 2),
            WordText.Run(text, layout.TablePoints, bold: header));
        return WordTables.Cell(width, [paragraph]);
    }

    internal static int[] ColumnWidths(IReadOnlyList<double>? weights, int columns, int total)
    {
        var w = Enumerable.Range(0, columns)
            .Select(i => weights is not null && i < weights.Count && weights[i] > 0 ? weights[i] : 1.0)
            .ToArray();
        var sum = w.Sum();
        var widths = w.Select(x => (int)(total * x / sum)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    /// <summary>The body's closing section properties, describing whatever section is open at the end.</summary>
    public W.SectionProperties FinalSection() => sections.Create(Orientation);

    private W.Paragraph EndSection(PageOrientation next)
    {
        // A section's properties live in its last paragraph, so this paragraph closes the one that is ending.
        var paragraph = new W.Paragraph(new W.ParagraphProperties(sections.Create(Orientation)));
        Orientation = next;
        return paragraph;
    }
}
