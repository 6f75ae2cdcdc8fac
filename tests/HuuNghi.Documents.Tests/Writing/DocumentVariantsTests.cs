using HuuNghi.Documents.Writing.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Tests.Writing;

public class DocumentVariantsTests
{
    private static DocxInspection Write(OfficialDocument document) => new(new AdministrativeDocumentWriter().Write(document));

    [Fact]
    public void Should_write_the_Party_header_without_a_colon_and_with_the_Party_name_underlined()
    {
        var plan = SampleDocuments.Report() with
        {
            Header = new DocumentHeader
            {
                System = IssuingSystem.Party,
                IssuerParent = "Đảng bộ tỉnh Tây Ninh",
                Issuer = "Tỉnh ủy",
                Number = 83,
                Symbol = "KH/TU",
                Place = "Tây Ninh",
                Date = new DateOnly(2022, 6, 11),
            },
            KindName = "Kế hoạch",
        };
        using var docx = Write(plan);
        docx.AssertValid();
        Assert.NotNull(docx.Run("Số 83-KH/TU"));
        Assert.NotNull(docx.Run("Tây Ninh, ngày 11 tháng 6 năm 2022"));
        var party = docx.Run("ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.NotNull(party.RunProperties!.Underline);
        Assert.DoesNotContain(docx.Body.Descendants<W.Run>(), r => r.InnerText == HeaderText.StateMotto);
    }

    [Fact]
    public void Should_put_the_dispatch_subject_under_the_number_and_list_several_addressees()
    {
        var letter = SampleDocuments.Report() with
        {
            KindName = null,
            Title = "báo cáo kết quả thực hiện Chỉ thị số 12-CT/TW",
            Header = SampleDocuments.Report().Header! with { Symbol = "UBND-VP", Number = 5, Urgency = Urgency.Flash, Secrecy = Secrecy.Confidential },
            Addressees = ["Sở Ngoại vụ", "Ban Dân vận Tỉnh ủy;"],
        };
        using var docx = Write(letter);
        docx.AssertValid();
        Assert.NotNull(docx.Run("Số: 05/UBND-VP"));
        Assert.Equal(12, DocxInspection.Points(docx.Run("V/v báo cáo kết quả thực hiện Chỉ thị số 12-CT/TW")));
        Assert.True(DocxInspection.IsBold(docx.Run("HỎA TỐC")));
        Assert.NotNull(docx.Run("MẬT"));
        Assert.NotNull(docx.Run("Kính gửi:"));
        Assert.NotNull(docx.Run("- Sở Ngoại vụ;"));
        Assert.NotNull(docx.Run("- Ban Dân vận Tỉnh ủy."));
    }

    [Fact]
    public void Should_leave_number_and_day_blank_in_a_draft()
    {
        Assert.Equal("Số:      /BC-UBND", HeaderText.Reference(new DocumentHeader { Issuer = "X", Symbol = "BC-UBND", Place = "Bình Sơn" }));
        Assert.Equal("Bình Sơn, ngày     tháng     năm 2023",
            HeaderText.PlaceAndDate(new DocumentHeader { Issuer = "X", Symbol = "BC-UBND", Place = "Bình Sơn", DraftYear = 2023 }));
        Assert.Equal("Hà Nội, ngày 15 tháng 02 năm 2025",
            HeaderText.PlaceAndDate(new DocumentHeader { Issuer = "X", Symbol = "BC-UBND", Place = "Hà Nội", Date = new DateOnly(2025, 2, 15) }));
        Assert.Equal("Hà Nội, ngày 09 tháng 12 năm 2025",
            HeaderText.PlaceAndDate(new DocumentHeader { Issuer = "X", Symbol = "BC-UBND", Place = "Hà Nội", Date = new DateOnly(2025, 12, 9) }));
    }

    [Fact]
    public void Should_keep_Khmer_text_and_emoji_and_drop_only_characters_XML_cannot_hold()
    {
        var khmer = "ព្រះរាជាណាចក្រកម្ពុជា 🇻🇳🤝🇰🇭";
        var document = SampleDocuments.Report(2) with
        {
            Title = "Giao lưu hữu nghị " + khmer,
            Body = [new Paragraph("Đoàn tỉnh Svay Rieng (" + khmer + ")\u0001 đến thăm."), new Paragraph("lẻ \uD800 cặp")],
        };
        using var docx = Write(document);
        docx.AssertValid();
        Assert.NotNull(docx.Run("Đoàn tỉnh Svay Rieng (" + khmer + ") đến thăm."));
        Assert.NotNull(docx.Run("lẻ  cặp"));
    }

    [Fact]
    public void Should_set_a_phu_luc_after_the_signature_on_its_own_landscape_page()
    {
        var document = SampleDocuments.Report(1) with
        {
            Annexes = [new Annex("Số liệu tổng hợp", "(Kèm theo Báo cáo số 12/BC-UBND ngày 17/01/2024)",
                [new TableBlock(["TT", "Đơn vị", "Số đoàn"], [["1", "Huyện Tháp Mười", "20"]])], PageOrientation.Landscape)],
        };
        using var docx = Write(document);
        docx.AssertValid();
        var children = docx.Body.ChildElements.ToList();
        var signature = children.FindIndex(e => e is W.Table && e.InnerText.Contains("Nơi nhận"));
        var heading = children.FindIndex(e => e is W.Paragraph && e.InnerText == "PHỤ LỤC");
        var table = children.FindIndex(e => e is W.Table && e.InnerText.Contains("Huyện Tháp Mười"));
        Assert.True(signature >= 0 && signature < heading && heading < table, $"signature {signature}, heading {heading}, table {table}");
        Assert.Contains(children, e => e.InnerText == "SỐ LIỆU TỔNG HỢP");
        var sections = docx.Body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);
        Assert.Equal(W.PageOrientationValues.Landscape, sections[^1].GetFirstChild<W.PageSize>()!.Orient!.Value);
    }

    [Fact]
    public void Should_switch_to_a_landscape_section_for_a_wide_table_and_back()
    {
        var document = SampleDocuments.Report(1) with
        {
            Body =
            [
                new Paragraph("Phụ lục kèm theo."),
                new SectionBreak(PageOrientation.Landscape),
                new TableBlock(["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Tình trạng"], [["Tuyên truyền", "Phòng VH-TT", "MTTQ", "Thường xuyên", "Đang thực hiện"]]),
                new SectionBreak(PageOrientation.Portrait),
                new Paragraph("Kết thúc."),
            ],
        };
        using var docx = Write(document);
        docx.AssertValid();
        var sections = docx.Body.Descendants<W.SectionProperties>().ToList();
        Assert.Equal(3, sections.Count);
        Assert.Equal(W.PageOrientationValues.Landscape, sections[1].GetFirstChild<W.PageSize>()!.Orient!.Value);
        Assert.Equal(16838u, sections[1].GetFirstChild<W.PageSize>()!.Width!.Value);
        Assert.Null(sections[1].GetFirstChild<W.TitlePage>());
        Assert.Equal(W.PageOrientationValues.Portrait, sections[2].GetFirstChild<W.PageSize>()!.Orient!.Value);
        var tableWidth = docx.Body.Descendants<W.Table>().Single(t => t.InnerText.Contains("Nhiệm vụ")).GetFirstChild<W.TableProperties>()!.TableWidth!.Width!.Value;
        Assert.Equal((16838 - 1701 - 850).ToString(), tableWidth);
    }

    [Fact]
    public void Should_write_a_whole_landscape_table_export_without_a_header()
    {
        var export = new OfficialDocument
        {
            KindName = "Phụ lục",
            Title = "Phân công nhiệm vụ thực hiện Kế hoạch số 83-KH/TU",
            Orientation = PageOrientation.Landscape,
            Body = [new TableBlock(["Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian", "Tình trạng"], [["Tuyên truyền", "Ban Tuyên giáo", "MTTQ", "Hằng năm", "Chưa bắt đầu"]], [4, 2, 2, 1.5, 1.5])],
        };
        using var docx = Write(export);
        docx.AssertValid();
        var size = docx.Body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal(13, DocxInspection.Points(docx.Run("Chủ trì")));
        Assert.NotNull(docx.Body.Descendants<W.TableHeader>().SingleOrDefault());
    }

    [Fact]
    public void Should_export_task_assignments_as_a_landscape_annex()
    {
        var rows = Enumerable.Range(1, 40).Select(i => new TaskAssignmentRow(
            $"Nhiệm vụ {i}: tổ chức hoạt động trao đổi với các tỉnh giáp biên", "Sở Ngoại vụ", "Ban Dân vận Tỉnh ủy, MTTQ tỉnh", "Hằng năm", "Đang thực hiện"));
        using var docx = Write(TaskAssignmentTable.Document("Phân công nhiệm vụ thực hiện Kế hoạch số 83-KH/TU", rows));
        docx.AssertValid();
        Assert.Equal(W.PageOrientationValues.Landscape, docx.Body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!.Orient!.Value);
        var table = docx.Body.Elements<W.Table>().Single();
        Assert.Equal(41, table.Elements<W.TableRow>().Count());
        Assert.Equal("40", table.Elements<W.TableRow>().Last().Elements<W.TableCell>().First().InnerText);
        Assert.NotNull(docx.Run("PHỤ LỤC"));
    }
}
