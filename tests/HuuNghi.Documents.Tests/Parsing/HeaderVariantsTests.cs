using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>Header and signer layouts met outside the seeds.</summary>
public class HeaderVariantsTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        HUYỆN BÌNH SƠN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 210/BC-UBND

        Bình Sơn, ngày 15/12/2023

        BÁO CÁO TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2023

        Kính gửi: Sở Ngoại vụ; Sở Nội vụ.

        I. KẾT QUẢ

        a. Đón 03 đoàn khách quốc tế.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        NGUYỄN VĂN AN
        """;

    private static readonly ParsedDocument Doc = Assert.Single(DocumentParser.ParseText(Text, "bao-cao.txt").Documents);

    [Fact]
    public void Should_split_a_kind_word_that_shares_its_line_with_the_title()
    {
        Assert.Equal("report", Doc.Kind);
        Assert.Equal("TỔNG KẾT CÔNG TÁC ĐỐI NGOẠI NĂM 2023", Doc.Title);
        Assert.Equal("Ủy ban nhân dân huyện Bình Sơn", Doc.Issuer);
    }

    [Fact]
    public void Should_read_a_numeric_date_on_the_place_line() =>
        Assert.Equal(("Bình Sơn", "2023-12-15"), (Doc.Place, Doc.IssuedOn));

    [Fact]
    public void Should_split_addressees_given_on_one_line() =>
        Assert.Equal(["Sở Ngoại vụ", "Sở Nội vụ"], Doc.Addressees);

    [Fact]
    public void Should_read_a_signer_name_typed_in_capitals()
    {
        Assert.Equal("CHỦ TỊCH", Doc.Signer!.Position);
        Assert.Equal("NGUYỄN VĂN AN", Doc.Signer.Name);
    }
}
