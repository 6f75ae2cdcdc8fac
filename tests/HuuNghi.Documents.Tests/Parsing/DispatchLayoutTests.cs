using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>A department's Công văn: "V/v" beside the number, place and date below it, requests with a deadline.</summary>
public class DispatchLayoutTests
{
    private const string Text = """
        UBND TỈNH ĐỒNG THÁP
        SỞ NGOẠI VỤ

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 1807/SNGV-NV
        V/v báo cáo kết quả thực hiện
        Kế hoạch số 313/KH-UBND
        Đồng Tháp, ngày 26 tháng 12 năm 2023

        Kính gửi:
        - Ủy ban nhân dân các huyện, thành phố;
        - Các sở, ban, ngành tỉnh.

        Thực hiện Kế hoạch số 313/KH-UBND ngày 12/9/2022 của Ủy ban nhân dân tỉnh về triển khai thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư, Sở Ngoại vụ đề nghị các cơ quan, đơn vị thực hiện:

        1. Báo cáo kết quả thực hiện Kế hoạch số 313/KH-UBND trong năm 2023.

        2. Đề xuất nhiệm vụ trọng tâm năm 2024.

        Thời gian gửi báo cáo: trước ngày 10/01/2024.

        Nơi nhận:
        - Như trên;
        - Lưu: VT, NV.

        KT. GIÁM ĐỐC
        PHÓ GIÁM ĐỐC

        Trần Văn Hùng
        """;

    private static readonly ParsedDocument Doc = Assert.Single(DocumentParser.ParseText(Text, "cong-van.txt").Documents);

    [Fact]
    public void Should_read_the_dispatch_header_with_v_v()
    {
        Assert.Equal(("dispatch", "1807", "SNGV-NV", "1807/SNGV-NV"), (Doc.Kind, Doc.Number, Doc.Symbol, Doc.Reference));
        Assert.Equal("2023-12-26", Doc.IssuedOn);
        Assert.Equal("Đồng Tháp", Doc.Place);
        Assert.Equal("báo cáo kết quả thực hiện Kế hoạch số 313/KH-UBND", Doc.Title);
        Assert.Equal("Sở Ngoại vụ tỉnh Đồng Tháp", Doc.Issuer);
        Assert.Equal(["Ủy ban nhân dân các huyện, thành phố", "Các sở, ban, ngành tỉnh"], Doc.Addressees);
    }

    [Fact]
    public void Should_give_the_requests_to_the_addressees_and_read_the_deadline()
    {
        Assert.Equal(["1", "2"], Doc.Tasks.Select(t => t.Ref));
        Assert.All(Doc.Tasks, t => Assert.Equal(Doc.Addressees, t.Lead));
        var deadline = Assert.Single(Doc.Deadlines);
        Assert.Equal(("2024-01-10", "Thời gian gửi báo cáo"), (deadline.Due, deadline.What));
        Assert.Equal(["313/KH-UBND", "12-CT/TW"], Doc.Citations.Select(c => c.Reference));
        Assert.Equal("2022-09-12", Doc.Citations[0].IssuedOn);
    }

    [Fact]
    public void Should_read_the_deputy_signer()
    {
        Assert.Equal(["KT. GIÁM ĐỐC"], Doc.Signer!.Authority);
        Assert.Equal(("PHÓ GIÁM ĐỐC", "Trần Văn Hùng"), (Doc.Signer.Position, Doc.Signer.Name));
    }
}
