using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>Documents shaped like the seeds: a district report with sections, a table and footnoted lists.</summary>
internal static class SampleDocuments
{
    public static OfficialDocument Report(int footnotes = 30) => new()
    {
        Header = new DocumentHeader
        {
            IssuerParent = "UBND tỉnh Đồng Tháp",
            Issuer = "Ủy ban nhân dân huyện Tháp Mười",
            Number = 12,
            Symbol = "BC-UBND",
            Place = "Tháp Mười",
            Date = new DateOnly(2024, 1, 5),
        },
        KindName = "Báo cáo",
        Title = "Kết quả thực hiện công tác đối ngoại nhân dân năm 2023",
        Addressees = ["Sở Ngoại vụ tỉnh Đồng Tháp"],
        Body = Body(footnotes),
        Signer = new Signer(["TM. Ủy ban nhân dân", "KT. Chủ tịch"], "Phó Chủ tịch", "Nguyễn Văn An"),
        Distribution = ["Như trên", "TT Huyện ủy", "CT, các PCT UBND huyện", "Lưu: VT, NC"],
    };

    private static List<DocumentBlock> Body(int footnotes)
    {
        var blocks = new List<DocumentBlock>
        {
            new Paragraph("Thực hiện Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh, UBND huyện báo cáo kết quả như sau:"),
            new Heading(1, "I. Kết quả triển khai thực hiện"),
            new Heading(2, "1. Công tác tiếp đón đoàn vào"),
        };
        var inlines = new List<Inline> { new TextRun("Trong năm, huyện đã tiếp đón các tổ chức phi chính phủ nước ngoài") };
        for (var i = 1; i <= footnotes; i++)
        {
            inlines.Add(new Footnote($"Tổ chức phi chính phủ số {i} (Hàn Quốc), làm việc ngày {i % 28 + 1:00}/3/2023 về dự án giếng nước."));
            inlines.Add(new TextRun(i % 5 == 0 ? ". Tiếp theo, đoàn khác đến thăm và làm việc với địa phương" : ", "));
        }
        inlines.Add(new TextRun("."));
        blocks.Add(new Paragraph(inlines));
        blocks.Add(new Heading(3, "a) Viện trợ phi chính phủ nước ngoài"));
        blocks.Add(new Bullet("Dự án trùng tu 02 giếng làng, tổng kinh phí 115.000.000 đồng."));
        blocks.Add(new Bullet("Đã giải ngân 60.000.000 đồng.", 2));
        blocks.Add(new TableBlock(
            ["STT", "Nhà tài trợ", "Quốc gia", "Giá trị (đồng)"],
            [["1", "Quỹ Hòa bình Hàn - Việt", "Hàn Quốc", "115.000.000"], ["2", "Tổ chức Plan", "Anh", "40.000.000"]],
            [0.6, 3, 1.5, 2]));
        for (var i = 0; i < 12; i++)
        {
            blocks.Add(new Paragraph("Tăng cường quảng bá hình ảnh địa phương ra các nước thông qua các hình thức: tham gia các sự kiện quốc tế, thăm và làm việc với các nước, xúc tiến đầu tư, thương mại và du lịch."));
        }
        blocks.Add(new Heading(1, "II. Phương hướng, nhiệm vụ"));
        blocks.Add(new Paragraph("UBND huyện Tháp Mười kính báo cáo./."));
        return blocks;
    }
}
