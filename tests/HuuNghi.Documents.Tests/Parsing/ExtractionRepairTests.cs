using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>What PDF text extraction does to words, repaired by the normaliser whatever the fonts (issue 11).</summary>
public class ExtractionRepairTests
{
    [Theory]
    [InlineData("Kế hoạch số 609- QĐ/TU ngày 04/4/2022", "Kế hoạch số 609-QĐ/TU ngày 04/4/2022")]
    [InlineData("Quyết định số 45 /QĐ-UBND-HC", "Quyết định số 45/QĐ-UBND-HC")]
    [InlineData("Công văn số 1175/ SNgV - LS&HTQT", "Công văn số 1175/SNgV-LS&HTQT")]
    [InlineData("Nghị định số 30/2020/ NĐ-CP", "Nghị định số 30/2020/NĐ-CP")]
    public void Should_close_stray_spaces_inside_a_reference(string line, string expected) =>
        Assert.Equal(expected, ExtractionRepair.Line(line));

    [Theory]
    [InlineData("Điều 1 - Phạm vi điều chỉnh")]
    [InlineData("Mục 2 - QUY ĐỊNH CHUNG")]
    [InlineData("giai đoạn 2021 - 2025")]
    [InlineData("Chỉ thị số 12-CT/TW")]
    public void Should_leave_dashes_that_are_no_reference_alone(string line) =>
        Assert.Equal(line, ExtractionRepair.Line(line));

    [Theory]
    [InlineData("Quyết định số45/QĐ-UBND-HC", "Quyết định số 45/QĐ-UBND-HC")]
    [InlineData("ban hành năm2022", "ban hành năm 2022")]
    [InlineData("diện tích 25 km2", "diện tích 25 km2")]
    public void Should_part_a_word_glued_to_a_number(string line, string expected) =>
        Assert.Equal(expected, ExtractionRepair.Line(line));

    [Theory]
    [InlineData("Thực hiện Chỉthị số 12-CT/TW", "Thực hiện Chỉ thị số 12-CT/TW")]
    [InlineData("Nghị địnhsố 65/2012/NĐ-CP", "Nghị định số 65/2012/NĐ-CP")]
    [InlineData("mạng xã hội Facebook, Zalo", "mạng xã hội Facebook, Zalo")]
    [InlineData("đoàn Mặt trận Lào Xây dựng tỉnh Champasak", "đoàn Mặt trận Lào Xây dựng tỉnh Champasak")]
    [InlineData("Trường Đại học Ngoại thương", "Trường Đại học Ngoại thương")]
    public void Should_part_two_words_run_together_and_nothing_else(string line, string expected) =>
        Assert.Equal(expected, ExtractionRepair.Line(line));

    [Fact]
    public void Should_join_a_word_broken_at_a_line_end_when_only_the_whole_is_a_syllable()
    {
        var lines = Normaliser.ToLines("Căn cứ Quyế\nt định số 12/QĐ-UBND của\nỦy ban nhân dân tỉnh");
        Assert.Equal(["Căn cứ Quyết định số 12/QĐ-UBND của", "Ủy ban nhân dân tỉnh"], lines);
    }

    [Fact]
    public void Should_not_join_two_words_that_each_stand_alone()
    {
        var lines = Normaliser.ToLines("Thực hiện Chỉ\nthị số 12-CT/TW");
        Assert.Equal(["Thực hiện Chỉ", "thị số 12-CT/TW"], lines);
    }

    [Fact]
    public void Should_read_a_kind_word_broken_across_lines()
    {
        var doc = Assert.Single(DocumentParser.ParseText(
            "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 5/QĐ-UBND\nAn Giang, ngày 2 tháng 3 năm 2025\n\nQUYẾ\nT ĐỊNH\nVề việc thành lập Ban Chỉ đạo\n\nCăn cứ Luật Tổ chức chính quyền địa phương;",
            "qd.txt").Documents);
        Assert.Equal("decision", doc.Kind);
        Assert.Equal("Về việc thành lập Ban Chỉ đạo", doc.Title);
    }

    [Theory]
    [InlineData("quyết", true)]
    [InlineData("nghiêng", true)]
    [InlineData("người", true)]
    [InlineData("khuya", true)]
    [InlineData("QUỐC", true)]
    [InlineData("học", true)]
    [InlineData("Quyế", false)]
    [InlineData("t", false)]
    [InlineData("tồt", false)]
    [InlineData("UBND", false)]
    [InlineData("chỉthị", false)]
    public void Should_tell_a_well_formed_syllable(string word, bool valid) =>
        Assert.Equal(valid, VietnameseSyllable.IsValid(word));
}
