using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Text;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// What only a DOCX shows: A4 paper, margins (top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm), Times
/// New Roman throughout, and the sizes and emphasis Decree 30's Appendix I sets for the motto (12–13 pt bold),
/// the tagline (13–14 pt bold), the place and date (13–14 pt italic), "Nơi nhận:" (12 pt bold italic) and the
/// body (13–14 pt); page numbers top centre from page 2.
/// </summary>
internal static class DocxLayoutRules
{
    private const double ToleranceMm = 0.5;

    public static List<LintFinding> Run(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart;
        if (main?.Document?.Body is not { } body) return [];
        var findings = new List<LintFinding>();
        findings.AddRange(Pages(body));
        findings.AddRange(DocxPageNumbers.Run(main, body));
        var style = new DocxRunStyle(main);
        findings.AddRange(Fonts(body, style));
        findings.AddRange(new DocxTextSizes(style, new DocxParagraphLayout(main)).Run(body));
        return findings;
    }

    private static IEnumerable<LintFinding> Pages(Body body)
    {
        var sections = body.Descendants<SectionProperties>().ToList();
        for (var i = 0; i < sections.Count; i++)
        {
            var where = $"mục {i + 1} của trang / page section {i + 1}";
            var size = sections[i].GetFirstChild<PageSize>();
            var (w, h) = ((double?)size?.Width?.Value ?? 0, (double?)size?.Height?.Value ?? 0);
            var portrait = h >= w;
            var (shortSide, longSide) = (Mm(Math.Min(w, h)), Mm(Math.Max(w, h)));
            if (Math.Abs(shortSide - 210) > 1 || Math.Abs(longSide - 297) > 1)
                yield return LintTarget.Finding(LintRules.PageSize, LintSeverity.Error, where, $"{shortSide:0} × {longSide:0} mm", "210 × 297 mm (A4)",
                    "Văn bản trình bày trên khổ giấy A4", "Documents are laid out on A4 paper");
            if (i == 0 && !portrait)
                yield return LintTarget.Finding(LintRules.PageSize, LintSeverity.Error, where, "landscape", "portrait",
                    "Văn bản trình bày theo chiều dài khổ A4 (trang dọc); trang ngang chỉ cho bảng, phụ lục",
                    "Documents are laid out in portrait; landscape is for tables and annexes only");
            if (!portrait) continue;
            var margin = sections[i].GetFirstChild<PageMargin>();
            foreach (var finding in Margin(where, "trên", "top", Mm(Math.Abs((double?)margin?.Top?.Value ?? 1440)), 20, 25)
                .Concat(Margin(where, "dưới", "bottom", Mm(Math.Abs((double?)margin?.Bottom?.Value ?? 1440)), 20, 25))
                .Concat(Margin(where, "trái", "left", Mm((double?)margin?.Left?.Value ?? 1800), 30, 35))
                .Concat(Margin(where, "phải", "right", Mm((double?)margin?.Right?.Value ?? 1800), 15, 20)))
                yield return finding;
        }
    }

    private static IEnumerable<LintFinding> Margin(string where, string vi, string en, double mm, double min, double max)
    {
        if (mm >= min - ToleranceMm && mm <= max + ToleranceMm) yield break;
        yield return LintTarget.Finding(LintRules.Margins, LintSeverity.Error, where, $"{mm:0.#} mm", $"{min:0}–{max:0} mm",
            $"Lề {vi} phải từ {min:0} đến {max:0} mm", $"The {en} margin must be {min:0}–{max:0} mm");
    }

    private static IEnumerable<LintFinding> Fonts(Body body, DocxRunStyle style)
    {
        var wrong = body.Descendants<Run>()
            .Where(r => r.InnerText.Trim().Length > 0)
            .Select(r => (Run: r, Font: style.Font(r)))
            .Where(x => !string.Equals(x.Font, DocumentLayout.Default.FontName, StringComparison.OrdinalIgnoreCase))
            .GroupBy(x => x.Font ?? "(mặc định của Word / Word's default)");
        foreach (var group in wrong)
        {
            var sample = Snippet(group.First().Run.InnerText);
            yield return LintTarget.Finding(LintRules.Font, LintSeverity.Error, $"{group.Count()} đoạn chữ, ví dụ \"{sample}\" / {group.Count()} runs, e.g. \"{sample}\"",
                group.Key, DocumentLayout.Default.FontName,
                "Phông chữ phải là Times New Roman (Unicode, TCVN 6909:2001)", "The font must be Times New Roman (Unicode, TCVN 6909:2001)");
        }
    }

    internal static string Snippet(string text)
    {
        var s = TextLines.Collapse(text);
        return s.Length <= 40 ? s : s[..40] + "…";
    }

    private static double Mm(double twips) => twips * 25.4 / 1440;

    internal static string Fold(string text) => VietnameseText.Fold(text).Trim(' ', '.', ':');
}
