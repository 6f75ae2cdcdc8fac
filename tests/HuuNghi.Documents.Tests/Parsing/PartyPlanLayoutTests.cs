using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>A district Party committee's plan (Guidance 36 layout: "Số 12-KH/HU", no colon).</summary>
public class PartyPlanLayoutTests
{
    private const string Text = """
        HUYỆN ỦY CHIÊM HÓA
        *
        ĐẢNG CỘNG SẢN VIỆT NAM

        Chiêm Hóa, ngày 15 tháng 3 năm 2024

        Số 12-KH/HU

        KẾ HOẠCH
        thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao
        chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới

        Thực hiện Kế hoạch số 150-KH/TU ngày 10/01/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mục đích
        Nâng cao nhận thức của cán bộ, đảng viên về công tác thông tin đối ngoại.

        II. NHIỆM VỤ, GIẢI PHÁP

        1. Nâng cao nhận thức về công tác thông tin đối ngoại

        1.1. Tổ chức quán triệt Kết luận số 57-KL/TW đến cán bộ, đảng viên. Lồng ghép trong sinh hoạt chi bộ.
        * Cơ quan chủ trì: Ban Tuyên giáo Huyện ủy.
        * Cơ quan phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội huyện.
        * Thời gian thực hiện: Quý II/2024.

        1.2. Biên soạn tài liệu tuyên truyền về biên giới, lãnh thổ.
        * Cơ quan chủ trì: Ban Tuyên giáo Huyện ủy.
        * Thời gian thực hiện: Hằng năm.

        2. Đẩy mạnh quảng bá hình ảnh huyện trên mạng xã hội
        - Chủ trì: Ủy ban nhân dân huyện; phối hợp: Công an huyện; thời gian: Năm 2024 - 2025.

        III. TỔ CHỨC THỰC HIỆN

        1. Các chi bộ, đảng bộ trực thuộc Huyện ủy xây dựng kế hoạch thực hiện phù hợp với đơn vị.
        2. Ban Tuyên giáo Huyện ủy chủ trì theo dõi, đôn đốc; định kỳ báo cáo Ban Thường vụ Huyện ủy.

        Nơi nhận:
        - Ban Thường vụ Tỉnh ủy (b/c),
        - Các chi, đảng bộ trực thuộc,
        - Lưu Văn phòng Huyện ủy.

        T/M BAN THƯỜNG VỤ
        BÍ THƯ

        Hoàng Văn Minh
        """;

    private static readonly ParsedDocument Doc = Assert.Single(DocumentParser.ParseText(Text, "ke-hoach.md").Documents);

    [Fact]
    public void Should_read_a_party_reference_without_colon()
    {
        Assert.Equal(("plan", "12", "KH/HU", "12-KH/HU"), (Doc.Kind, Doc.Number, Doc.Symbol, Doc.Reference));
        Assert.Equal("2024-03-15", Doc.IssuedOn);
        Assert.Equal("Chiêm Hóa", Doc.Place);
        Assert.Equal("Ban Thường vụ Huyện ủy Chiêm Hóa", Doc.Issuer);
        Assert.StartsWith("thực hiện Kết luận số 57-KL/TW", Doc.Title);
        Assert.EndsWith("chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới", Doc.Title);
    }

    [Fact]
    public void Should_cite_the_conclusion_and_the_provincial_plan()
    {
        Assert.Equal(["57-KL/TW", "150-KH/TU"], Doc.Citations.Select(c => c.Reference));
        Assert.Equal(["conclusion", "plan"], Doc.Citations.Select(c => c.Kind));
    }

    [Fact]
    public void Should_read_the_lowest_items_as_tasks_with_units_and_timeframes()
    {
        Assert.Equal(["1.1", "1.2", "2", "III.1", "III.2"], Doc.Tasks.Select(t => t.Ref));
        var first = Doc.Tasks[0];
        Assert.Equal("Tổ chức quán triệt Kết luận số 57-KL/TW đến cán bộ, đảng viên.", first.Title);
        Assert.Equal(["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"], first.Coordinating);
        Assert.Equal(("by-date", "2024-Q2"), (first.Timeframe.Kind, first.Timeframe.Due));
        Assert.Equal("annual", Doc.Tasks[1].Timeframe.Kind);
        Assert.Equal("period", Doc.Tasks[2].Timeframe.Kind);
        Assert.Equal(["Ủy ban nhân dân huyện"], Doc.Tasks[2].Lead);
        Assert.Equal(["Công an huyện"], Doc.Tasks[2].Coordinating);
        Assert.Equal(["Các chi bộ, đảng bộ trực thuộc Huyện ủy"], Doc.Tasks[3].Lead);
        Assert.Equal(["Ban Tuyên giáo Huyện ủy"], Doc.Tasks[4].Lead);
    }

    [Fact]
    public void Should_read_the_party_signer_block()
    {
        Assert.Equal(["T/M BAN THƯỜNG VỤ"], Doc.Signer!.Authority);
        Assert.Equal("BÍ THƯ", Doc.Signer.Position);
        Assert.Equal("Hoàng Văn Minh", Doc.Signer.Name);
    }
}
