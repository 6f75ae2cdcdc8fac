using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>An invitation (Giấy mời): a kind word the parser has no name for, and a list without dashes.</summary>
public class InvitationLayoutTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        XÃ HÒA AN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 12/GM-UBND

        Hòa An, ngày 02 tháng 02 năm 2026

        GIẤY MỜI
        Dự hội nghị gặp mặt kiều bào năm 2026

        Ủy ban nhân dân xã trân trọng kính mời đại biểu đến dự.

        Nơi nhận:
        Như thành phần mời;
        Lưu: VT.

        TL. CHỦ TỊCH
        CHÁNH VĂN PHÒNG

        Trần Thị Mai
        """;

    [Fact]
    public void Should_take_an_unknown_capitals_line_under_the_date_as_the_kind_line()
    {
        var doc = Assert.Single(DocumentParser.ParseText(Text, "giay-moi.txt").Documents);
        Assert.Equal("Ủy ban nhân dân xã Hòa An", doc.Issuer);
        Assert.Equal("Dự hội nghị gặp mặt kiều bào năm 2026", doc.Title);
        Assert.Equal("12/GM-UBND", doc.Reference);
    }

    [Fact]
    public void Should_read_a_distribution_list_without_dashes()
    {
        var doc = Assert.Single(DocumentParser.ParseText(Text, "giay-moi.txt").Documents);
        Assert.Equal(["Như thành phần mời", "Lưu: VT"], doc.Distribution);
        Assert.Equal(["TL. CHỦ TỊCH"], doc.Signer!.Authority);
        Assert.Equal("Trần Thị Mai", doc.Signer.Name);
    }
}
