using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// Section properties: A4, the decree's margins, page numbers in the header. Only the first section has a distinct
/// first page (no number on page 1); a later landscape section keeps numbering on every page.
/// </summary>
internal sealed class SectionFactory(DocumentLayout layout, PageOrientation firstOrientation, string defaultHeaderId, string firstHeaderId)
{
    private bool firstDone;

    public PageOrientation FirstOrientation => firstOrientation;

    public W.SectionProperties Create(PageOrientation orientation)
    {
        var isFirst = !firstDone;
        firstDone = true;
        var landscape = orientation == PageOrientation.Landscape;
        var section = new W.SectionProperties();
        // Every section names its headers itself rather than relying on inheritance, which not every reader honours.
        section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = defaultHeaderId });
        if (isFirst) section.Append(new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = firstHeaderId });
        if (!isFirst) section.Append(new W.SectionType { Val = W.SectionMarkValues.NextPage });
        section.Append(new W.PageSize
        {
            Width = (uint)(landscape ? DocumentLayout.A4LongTwips : DocumentLayout.A4ShortTwips),
            Height = (uint)(landscape ? DocumentLayout.A4ShortTwips : DocumentLayout.A4LongTwips),
            Orient = landscape ? W.PageOrientationValues.Landscape : W.PageOrientationValues.Portrait,
        });
        section.Append(new W.PageMargin
        {
            Top = DocumentLayout.MmToTwips(layout.MarginTopMm),
            Bottom = DocumentLayout.MmToTwips(layout.MarginBottomMm),
            Left = (uint)DocumentLayout.MmToTwips(layout.MarginLeftMm),
            Right = (uint)DocumentLayout.MmToTwips(layout.MarginRightMm),
            Header = (uint)DocumentLayout.MmToTwips(10),
            Footer = (uint)DocumentLayout.MmToTwips(10),
            Gutter = 0,
        });
        if (isFirst) section.Append(new W.TitlePage());
        return section;
    }
}
