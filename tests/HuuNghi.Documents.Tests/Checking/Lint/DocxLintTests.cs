using DocumentFormat.OpenXml.Packaging;
using HuuNghi.Documents.Checking.Lint;
using HuuNghi.Documents.Tests.Support;
using HuuNghi.Documents.Tests.Writing;
using HuuNghi.Documents.Writing.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Checking.Lint;

public class DocxLintTests
{
    private static byte[] Report(DocumentLayout? layout = null) => new AdministrativeDocumentWriter(layout).Write(SampleDocuments.Report(footnotes: 3));

    private static List<LintFinding> Lint(byte[] docx) => DocumentLinter.Lint(docx, "bao-cao.docx").Findings;

    [Fact]
    public void Should_find_nothing_in_a_report_the_writer_laid_out()
    {
        Assert.Empty(Lint(Report()));
    }

    [Fact]
    public void Should_find_no_error_or_warning_in_any_document_the_writer_lays_out()
    {
        foreach (var c in RoundTripDocuments.All())
        {
            var findings = Lint(new AdministrativeDocumentWriter().Write(c.Document)).Where(f => f.Severity != LintSeverity.Info);
            Assert.True(!findings.Any(), $"{c.Name}: {string.Join("; ", findings.Select(f => $"{f.Rule} {f.Where}"))}");
        }
    }

    [Fact]
    public void Should_report_a_font_other_than_Times_New_Roman()
    {
        var finding = Assert.Single(Lint(Report(new DocumentLayout { FontName = "Arial" })), f => f.Rule == LintRules.Font);
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Equal("Arial", finding.Found);
        Assert.Equal("Times New Roman", finding.Expected);
    }

    [Fact]
    public void Should_report_each_margin_outside_the_decree_range()
    {
        var findings = Lint(Report(new DocumentLayout { MarginLeftMm = 20, MarginTopMm = 30 })).Where(f => f.Rule == LintRules.Margins).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Found == "20 mm" && f.Expected == "30–35 mm");
        Assert.Contains(findings, f => f.Found == "30 mm" && f.Expected == "20–25 mm");
    }

    [Fact]
    public void Should_report_body_text_smaller_than_13_pt()
    {
        var finding = Assert.Single(Lint(Report(new DocumentLayout { BodyPoints = 12 })), f => f.Rule == LintRules.FontSize);
        Assert.Equal("12 pt", finding.Found);
        Assert.Equal("13–14 pt", finding.Expected);
        Assert.Contains("body text", finding.Where);
    }

    [Fact]
    public void Should_report_a_motto_set_regular_and_too_large()
    {
        var docx = Edit(Report(), main =>
        {
            var run = main.Document!.Descendants<W.Run>().First(r => r.InnerText == HeaderText.StateMotto);
            run.RunProperties!.Bold!.Remove();
            run.RunProperties!.FontSize!.Val = "28";
        });
        var findings = Lint(docx);
        Assert.Contains(findings, f => f.Rule == LintRules.FontSize && f.Found == "14 pt" && f.Expected == "12–13 pt");
        Assert.Contains(findings, f => f.Rule == LintRules.FontStyle && f.Where.Contains("national motto") && f.Found == "regular");
    }

    [Fact]
    public void Should_report_a_page_that_is_not_A4_portrait()
    {
        var docx = Edit(Report(), main =>
        {
            var size = main.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
            (size.Width, size.Height) = (16838u, 11906u);
        });
        var finding = Assert.Single(Lint(docx), f => f.Rule == LintRules.PageSize);
        Assert.Equal("landscape", finding.Found);
    }

    [Fact]
    public void Should_make_a_missing_motto_an_error_in_a_docx()
    {
        var docx = TestDocx.Create(
            ["KẾ HOẠCH", "Tổ chức hoạt động đối ngoại nhân dân", "Thực hiện Kế hoạch số 313/KH-UBND, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"],
            (["ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI", "Số: 05/KH-UBND"], ["Tháp Mười, ngày 05 tháng 02 năm 2024"]));
        var finding = Assert.Single(Lint(docx), f => f.Rule == LintRules.Motto);
        Assert.Equal(LintSeverity.Error, finding.Severity);
        Assert.Contains(Lint(docx), f => f.Rule == LintRules.Signer && f.Severity == LintSeverity.Error);
    }

    [Fact]
    public void Should_report_a_kind_word_and_signer_set_too_small()
    {
        var docx = Edit(Report(), main =>
        {
            foreach (var run in main.Document!.Descendants<W.Run>().Where(r => r.InnerText is "BÁO CÁO" or "KT. CHỦ TỊCH"))
                run.RunProperties!.FontSize!.Val = "24";
        });
        var findings = Lint(docx).Where(f => f.Rule == LintRules.FontSize).ToList();
        Assert.Contains(findings, f => f.Where.Contains("kind of document") && f.Found == "12 pt");
        Assert.Contains(findings, f => f.Where.Contains("signer's authority") && f.Found == "12 pt");
    }

    [Fact]
    public void Should_report_a_number_on_the_first_page()
    {
        var docx = Edit(Report(), main => main.Document!.Body!.Elements<W.SectionProperties>().Single().GetFirstChild<W.TitlePage>()!.Remove());
        var finding = Assert.Single(Lint(docx), f => f.Rule == LintRules.PageNumbers);
        Assert.Equal("page 1 numbered", finding.Found);
    }

    [Fact]
    public void Should_ask_a_long_document_for_page_numbers()
    {
        var longBody = Enumerable.Repeat("Tăng cường quảng bá hình ảnh địa phương ra các nước thông qua các sự kiện quốc tế, xúc tiến đầu tư, thương mại và du lịch.", 40);
        var finding = Assert.Single(Lint(TestDocx.Create(longBody)), f => f.Rule == LintRules.PageNumbers);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
        Assert.DoesNotContain(Lint(TestDocx.Create(longBody.Take(3))), f => f.Rule == LintRules.PageNumbers);
    }

    [Fact]
    public void Should_warn_of_body_paragraphs_laid_out_outside_the_decree()
    {
        var findings = Lint(Report(new DocumentLayout { FirstLineIndentCm = 0, LineSpacing = 2, SpacingAfterPoints = 0 }))
            .Where(f => f.Rule == LintRules.Paragraph).ToList();
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(LintSeverity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Found == "0 cm");
        Assert.Contains(findings, f => f.Found == "2");
        Assert.Contains(findings, f => f.Found == "0 pt");

        var left = Edit(Report(), main =>
        {
            foreach (var j in main.Document!.Body!.Elements<W.Paragraph>().Select(p => p.ParagraphProperties?.Justification).OfType<W.Justification>())
                j.Val = W.JustificationValues.Left;
        });
        Assert.Equal("left", Assert.Single(Lint(left), f => f.Rule == LintRules.Paragraph).Found);
    }

    private static byte[] Edit(byte[] docx, Action<MainDocumentPart> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var package = WordprocessingDocument.Open(stream, true))
        {
            change(package.MainDocumentPart!);
        }
        return stream.ToArray();
    }
}
