using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>A commune's annual report with a statistics table, as Markdown and as a DOCX with a header table.</summary>
public class ReportTableLayoutTests
{
    private static readonly string[] Body =
    [
        "BÁO CÁO",
        "Kết quả công tác đối ngoại nhân dân năm 2025",
        "Kính gửi: Sở Ngoại vụ tỉnh Tuyên Quang.",
        "Thực hiện Công văn số 1020/SNgV-NV ngày 15/11/2025 của Sở Ngoại vụ về việc báo cáo kết quả công tác đối ngoại nhân dân, Ủy ban nhân dân xã báo cáo như sau:",
        "I. KẾT QUẢ THỰC HIỆN",
        "1. Đón tiếp đoàn vào, đoàn ra",
        "| STT | Nội dung | Số đoàn | Số người |",
        "|---|---|---|---|",
        "| 1 | Đoàn vào | 5 | 42 |",
        "| 2 | Đoàn ra | 2 | 9 |",
        "| | Tổng cộng | 7 | 51 |",
        "2. Vận động viện trợ: 01 dự án, tổng giá trị 115.000.000 đồng.",
        "II. PHƯƠNG HƯỚNG NĂM 2026",
        "Tiếp tục thực hiện Kế hoạch số 62/KH-UBND ngày 31/3/2026 của Ủy ban nhân dân xã./.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Lê Thị Hoa",
    ];

    private static readonly string[] IssuerCell = ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 30/BC-UBND"];
    private static readonly string[] MottoCell = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 10 tháng 12 năm 2025"];

    [Fact]
    public void Should_parse_a_markdown_report_with_a_statistics_table()
    {
        var text = string.Join("\n\n", IssuerCell.Concat(MottoCell).Concat(Body));
        AssertReport(Assert.Single(DocumentParser.ParseText(text, "bao-cao.md").Documents));
    }

    [Fact]
    public void Should_parse_a_docx_report_whose_header_is_a_table()
    {
        var docx = TestDocx.Create(Body, (IssuerCell, MottoCell));
        var file = DocumentParser.ParseBytes(docx, "bao-cao.docx");
        Assert.True(file.Succeeded, file.Error?.ToString());
        AssertReport(Assert.Single(file.Documents));
    }

    private static void AssertReport(ParsedDocument doc)
    {
        Assert.Equal(("report", "30/BC-UBND", "2025-12-10", "Hòa An"), (doc.Kind, doc.Reference, doc.IssuedOn, doc.Place));
        Assert.Equal("Ủy ban nhân dân xã Hòa An", doc.Issuer);
        Assert.Equal("Kết quả công tác đối ngoại nhân dân năm 2025", doc.Title);
        Assert.Equal(["Sở Ngoại vụ tỉnh Tuyên Quang"], doc.Addressees);
        Assert.Equal(["1020/SNgV-NV", "62/KH-UBND"], doc.Citations.Select(c => c.Reference));
        Assert.Equal("dispatch", doc.Citations[0].Kind);
        Assert.Empty(doc.Tasks);
        Assert.Empty(doc.Deadlines);
        Assert.Equal(["Như trên", "Lưu: VT"], doc.Distribution);
        Assert.Equal("Lê Thị Hoa", doc.Signer!.Name);
    }
}
