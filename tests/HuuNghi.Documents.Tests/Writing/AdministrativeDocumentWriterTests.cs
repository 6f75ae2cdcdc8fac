using HuuNghi.Documents.Writing.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Writing;

public class AdministrativeDocumentWriterTests
{
    private static DocxInspection WriteReport(int footnotes = 30) =>
        new(new AdministrativeDocumentWriter().Write(SampleDocuments.Report(footnotes)));

    [Fact]
    public void Should_write_a_package_that_passes_the_OpenXml_validator()
    {
        using var docx = WriteReport();
        docx.AssertValid();
    }

    [Fact]
    public void Should_use_A4_portrait_with_the_decree_margins()
    {
        using var docx = WriteReport();
        var section = docx.Body.Elements<W.SectionProperties>().Single();
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);     // 20 mm
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1701u, margin.Left!.Value);   // 30 mm
        Assert.Equal(850u, margin.Right!.Value);   // 15 mm
    }

    [Fact]
    public void Should_set_Times_New_Roman_in_every_font_slot_and_14_pt_by_default()
    {
        using var docx = WriteReport();
        var defaults = docx.Package.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.All(new[] { fonts.Ascii, fonts.HighAnsi, fonts.ComplexScript, fonts.EastAsia }, f => Assert.Equal("Times New Roman", f!.Value));
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
    }

    [Fact]
    public void Should_set_the_motto_bold_caps_and_the_tagline_bold_underlined()
    {
        using var docx = WriteReport();
        var motto = docx.Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.True(DocxInspection.IsBold(motto));
        Assert.InRange(DocxInspection.Points(motto), 12, 13);
        var tagline = docx.Run("Độc lập - Tự do - Hạnh phúc");
        Assert.True(DocxInspection.IsBold(tagline));
        Assert.InRange(DocxInspection.Points(tagline), 13, 14);
        Assert.Equal(W.UnderlineValues.Single, tagline.RunProperties!.Underline!.Val!.Value);
    }

    [Fact]
    public void Should_set_the_issuer_bold_caps_under_its_parent_in_regular_caps()
    {
        using var docx = WriteReport();
        var issuer = docx.Run("ỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI");
        Assert.True(DocxInspection.IsBold(issuer));
        Assert.Equal(13, DocxInspection.Points(issuer));
        var parent = docx.Run("UBND TỈNH ĐỒNG THÁP");
        Assert.False(DocxInspection.IsBold(parent));
        Assert.Equal(13, DocxInspection.Points(docx.Run("Số: 12/BC-UBND")));
        var date = docx.Run("Tháp Mười, ngày 05 tháng 01 năm 2024");
        Assert.True(DocxInspection.IsItalic(date));
    }

    [Fact]
    public void Should_set_kind_and_title_bold_and_centred()
    {
        using var docx = WriteReport();
        foreach (var text in new[] { "BÁO CÁO", "Kết quả thực hiện công tác đối ngoại nhân dân năm 2023" })
        {
            var run = docx.Run(text);
            Assert.True(DocxInspection.IsBold(run));
            Assert.Equal(14, DocxInspection.Points(run));
            Assert.Equal(W.JustificationValues.Center, docx.ParagraphOf(run).ParagraphProperties!.Justification!.Val!.Value);
        }
        Assert.NotNull(docx.Run("Kính gửi: Sở Ngoại vụ tỉnh Đồng Tháp."));
    }

    [Fact]
    public void Should_justify_body_text_at_14_pt_with_a_first_line_indent_and_spacing()
    {
        using var docx = WriteReport();
        var run = docx.Run("UBND huyện Tháp Mười kính báo cáo./.");
        Assert.Equal(14, DocxInspection.Points(run));
        var props = docx.ParagraphOf(run).ParagraphProperties!;
        Assert.Equal(W.JustificationValues.Both, props.Justification!.Val!.Value);
        Assert.InRange(int.Parse(props.Indentation!.FirstLine!.Value!), 567, 720);
        Assert.True(int.Parse(props.SpacingBetweenLines!.After!.Value!) >= 120);
        Assert.InRange(int.Parse(props.SpacingBetweenLines.Line!.Value!), 240, 360);
    }

    [Fact]
    public void Should_set_roman_sections_in_bold_caps_and_lettered_items_in_italics()
    {
        using var docx = WriteReport();
        Assert.True(DocxInspection.IsBold(docx.Run("I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN")));
        Assert.True(DocxInspection.IsBold(docx.Run("1. Công tác tiếp đón đoàn vào")));
        Assert.True(DocxInspection.IsItalic(docx.Run("a) Viện trợ phi chính phủ nước ngoài")));
    }

    [Fact]
    public void Should_number_pages_from_page_two_with_a_PAGE_field_in_the_header()
    {
        using var docx = WriteReport();
        var section = docx.Body.Elements<W.SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<W.TitlePage>());
        var main = docx.Package.MainDocumentPart!;
        var references = section.Elements<W.HeaderReference>().ToList();
        var first = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references.Single(r => r.Type! == W.HeaderFooterValues.First).Id!);
        var numbered = (DocumentFormat.OpenXml.Packaging.HeaderPart)main.GetPartById(references.Single(r => r.Type! == W.HeaderFooterValues.Default).Id!);
        Assert.DoesNotContain("PAGE", first.Header!.InnerText);
        Assert.Contains(numbered.Header!.Descendants<W.FieldCode>(), f => f.Text.Trim() == "PAGE");
        var paragraph = numbered.Header.Descendants<W.Paragraph>().Single();
        Assert.Equal(W.JustificationValues.Center, paragraph.ParagraphProperties!.Justification!.Val!.Value);
    }

    [Fact]
    public void Should_write_real_footnotes_referenced_from_the_text()
    {
        using var docx = WriteReport(30);
        var notes = docx.Package.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<W.Footnote>()
            .Where(f => f.Id!.Value > 0).ToList();
        Assert.Equal(30, notes.Count);
        var referenced = docx.Body.Descendants<W.FootnoteReference>().Select(r => r.Id!.Value).ToList();
        Assert.Equal(notes.Select(n => n.Id!.Value), referenced);
        Assert.Contains("Tổ chức phi chính phủ số 7 (Hàn Quốc)", notes[6].InnerText);
        var size = notes[0].Descendants<W.Run>().Last().RunProperties!.FontSize!.Val!.Value;
        Assert.InRange(int.Parse(size!), 20, 22);
    }

    [Fact]
    public void Should_handle_500_footnotes()
    {
        using var docx = WriteReport(500);
        Assert.Equal(500, docx.Body.Descendants<W.FootnoteReference>().Count());
        docx.AssertValid();
    }

    [Fact]
    public void Should_set_the_distribution_list_in_the_decree_sizes()
    {
        using var docx = WriteReport();
        var heading = docx.Run("Nơi nhận:");
        Assert.Equal(12, DocxInspection.Points(heading));
        Assert.True(DocxInspection.IsBold(heading) && DocxInspection.IsItalic(heading));
        Assert.Equal(11, DocxInspection.Points(docx.Run("- Như trên;")));
        Assert.Equal(11, DocxInspection.Points(docx.Run("- Lưu: VT, NC.")));
        var position = docx.Run("PHÓ CHỦ TỊCH");
        Assert.True(DocxInspection.IsBold(position));
        Assert.Equal(14, DocxInspection.Points(position));
        Assert.True(DocxInspection.IsBold(docx.Run("KT. CHỦ TỊCH")));
        Assert.True(DocxInspection.IsBold(docx.Run("Nguyễn Văn An")));
    }

    [Fact]
    public void Should_set_core_properties()
    {
        using var docx = WriteReport();
        Assert.Equal("Báo cáo Kết quả thực hiện công tác đối ngoại nhân dân năm 2023", docx.Package.PackageProperties.Title);
        Assert.Equal("Ủy ban nhân dân huyện Tháp Mười", docx.Package.PackageProperties.Creator);
    }
}
