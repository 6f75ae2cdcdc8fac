using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// What the results section will say, taken from the document the report is laid out as, so the page shows the
/// same sub-headings, sentences and footnotes the DOCX will carry. The officer's addition is left out: it has its
/// own text box under the preview.
/// </summary>
public static class ReportPreview
{
    /// <summary>Encodes markup only, as the pages do: Vietnamese letters stay letters in the HTML (WebUtility would write "&amp;#237;").</summary>
    public static readonly System.Text.Encodings.Web.HtmlEncoder Encoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IReadOnlyList<DocumentBlock> Results(ReportContent content)
    {
        var results = content.Sections.FirstOrDefault(s => s.Role == SectionRole.Results);
        if (results is null) return [];
        var withoutAddition = content with { Sections = [.. content.Sections.Select(s => s.Role == SectionRole.Results ? s with { Text = "" } : s)] };
        return [.. ReportDocument.Build(withoutAddition).Body
            .SkipWhile(b => b is not Heading { Level: 1 } h || h.Text != results.Heading).Skip(1)
            .TakeWhile(b => b is not Heading { Level: 1 })];
    }

    /// <summary>The footnotes in reading order; the page numbers them as Word does.</summary>
    public static IReadOnlyList<string> Footnotes(IEnumerable<DocumentBlock> blocks) =>
        [.. blocks.SelectMany(b => b switch { Paragraph p => p.Inlines, Bullet l => l.Inlines, _ => [] }).OfType<Footnote>().Select(f => f.Text)];
}
