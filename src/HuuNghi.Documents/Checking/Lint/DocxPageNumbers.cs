using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// Page numbers (Decree 30, Appendix I): Arabic, top centre, in the header, none on the first page. A document
/// that fits on one page needs none; without Word's page count, about 3,500 characters stands for "more than one".
/// </summary>
internal static class DocxPageNumbers
{
    private const int OnePageOfText = 3500;
    private const string Where = "số trang / page numbers";

    public static IEnumerable<LintFinding> Run(MainDocumentPart main, Body body)
    {
        // A body without section properties has Word's defaults: no headers at all.
        var section = body.Descendants<SectionProperties>().FirstOrDefault();
        var headers = section?.Elements<HeaderReference>().ToList() ?? [];
        var numbered = Header(main, headers, HeaderFooterValues.Default) is { } h && HasPageField(h);
        var inFooter = main.FooterParts.Any(f => f.Footer is not null && HasPageField(f.Footer));
        if (inFooter)
            yield return LintTarget.Finding(LintRules.PageNumbers, LintSeverity.Warning, Where, "footer", "header, top centre",
                "Số trang đặt ở chính giữa lề trên (đầu trang), không ở chân trang", "Page numbers go top centre in the header, not in the footer");
        if (numbered)
        {
            var firstHeader = Header(main, headers, HeaderFooterValues.First);
            var firstNumbered = section?.GetFirstChild<TitlePage>() is not { } title || title.Val?.Value == false
                || (firstHeader is not null && HasPageField(firstHeader));
            if (firstNumbered)
                yield return LintTarget.Finding(LintRules.PageNumbers, LintSeverity.Warning, Where, "page 1 numbered", "no number on page 1",
                    "Không đánh số trang thứ nhất", "The first page carries no page number");
            var paragraph = Header(main, headers, HeaderFooterValues.Default)!.Descendants<Paragraph>().FirstOrDefault(HasPageField);
            if (paragraph?.ParagraphProperties?.Justification?.Val?.Value is { } align && align != JustificationValues.Center)
                yield return LintTarget.Finding(LintRules.PageNumbers, LintSeverity.Warning, Where, ((IEnumValue)align).Value, "center",
                    "Số trang canh giữa", "Page numbers are centred");
        }
        else if (!inFooter && MoreThanOnePage(main, body))
        {
            yield return LintTarget.Finding(LintRules.PageNumbers, LintSeverity.Warning, Where, null, "header, top centre, from page 2",
                "Văn bản nhiều trang phải đánh số trang từ trang thứ hai", "A document of several pages numbers them from page 2");
        }
    }

    private static OpenXmlPartRootElement? Header(MainDocumentPart main, List<HeaderReference> references, HeaderFooterValues type)
    {
        var id = references.FirstOrDefault(r => (r.Type?.Value ?? HeaderFooterValues.Default) == type)?.Id?.Value;
        return id is not null && main.TryGetPartById(id, out var part) && part is HeaderPart header ? header.Header : null;
    }

    private static bool HasPageField(OpenXmlElement element) =>
        element.Descendants<FieldCode>().Any(c => c.Text.Contains("PAGE", StringComparison.OrdinalIgnoreCase) && !c.Text.Contains("NUMPAGES", StringComparison.OrdinalIgnoreCase))
        || element.Descendants<SimpleField>().Any(f => f.Instruction?.Value?.Contains("PAGE", StringComparison.OrdinalIgnoreCase) == true);

    private static bool MoreThanOnePage(MainDocumentPart main, Body body)
    {
        var package = main.OpenXmlPackage as WordprocessingDocument;
        if (package?.ExtendedFilePropertiesPart?.Properties?.Pages?.Text is { } pages && int.TryParse(pages, out var n)) return n > 1;
        return body.InnerText.Length > OnePageOfText;
    }
}
