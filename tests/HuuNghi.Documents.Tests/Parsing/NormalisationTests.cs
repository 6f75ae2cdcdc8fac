using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Tests.Parsing;

public class NormalisationTests
{
    [Theory]
    [InlineData("## **BÁO CÁO**", "BÁO CÁO")]
    [InlineData("\\* *Cơ quan chủ trì:* Ban Dân vận Tỉnh ủy.", "* Cơ quan chủ trì: Ban Dân vận Tỉnh ủy.")]
    [InlineData("các tỉnh thuộc Vương quốc Campuchia<sup>1</sup>.", "các tỉnh thuộc Vương quốc Campuchia.")]
    [InlineData("---", "")]
    [InlineData("3", "")]
    [InlineData("Số:         /BC-UBND ", "Số: /BC-UBND")]
    public void Should_remove_markdown_and_page_debris(string line, string expected) =>
        Assert.Equal(expected, Normaliser.CleanLine(line));

    [Fact]
    public void Should_map_pdf_lookalikes_and_compose_to_nfc()
    {
        var lines = Normaliser.ToLines("Ban Bí thƣ Trung ƣơng\nVie\u0323\u0302t Nam");
        Assert.Equal(["Ban Bí thư Trung ương", "Việt Nam"], lines);
    }

    [Fact]
    public void Should_drop_a_footnote_pasted_between_the_halves_of_a_sentence()
    {
        var text = "kể cả các\n\n<sup>1</sup> - Biên bản hợp tác năm 2019.\n\n- Bản ghi nhớ hợp tác.\n\nhuyện, thị xã trong nội địa.";
        var lines = Normaliser.ToLines(text).Where(l => l.Length > 0).ToList();
        Assert.Equal(["kể cả các", "huyện, thị xã trong nội địa."], lines);
    }

    [Fact]
    public void Should_treat_old_and_new_tone_placement_alike()
    {
        var doc = Assert.Single(DocumentParser.ParseText("TỈNH UỶ TÂY NINH\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 5-KH/TU\n\nKẾ HOẠCH\n\nThử\n\nT/M BAN THƯỜNG VỤ\n\nBÍ THƯ\n\nNguyễn Văn An", "x.txt").Documents);
        // The Party committee is recognised whichever tone placement the header uses; the name stays as written.
        Assert.Equal("Ban Thường vụ Tỉnh uỷ Tây Ninh", doc.Issuer);
        Assert.Equal(VietnameseText.Fold("Ban Thường vụ Tỉnh ủy Tây Ninh"), VietnameseText.Fold(doc.Issuer));
    }

    [Theory]
    [InlineData("Số: 62/KH-UBND", "62", "KH-UBND", "62/KH-UBND")]
    [InlineData("Số 578-CV/BDVTU", "578", "CV/BDVTU", "578-CV/BDVTU")]
    [InlineData("Số:   /BC-UBND", null, "BC-UBND", "/BC-UBND")]
    [InlineData("Số: 457/LĐLĐ", "457", "LĐLĐ", "457/LĐLĐ")]
    public void Should_read_number_symbol_and_reference(string line, string? number, string symbol, string reference) =>
        Assert.Equal((number, symbol, reference), ReferenceReader.Read(line));

    [Theory]
    [InlineData("Tháp Mười, ngày      tháng 01 năm 2024", "Tháp Mười", "2024-01")]
    [InlineData("Bình Sơn, ngày tháng năm 2023", "Bình Sơn", "2023")]
    [InlineData("Huyện Dương Minh Châu, ngày 11 tháng 7 năm 2022", "Huyện Dương Minh Châu", "2022-07-11")]
    public void Should_read_place_and_partial_dates(string line, string place, string date) =>
        Assert.Equal((place, date), DateReader.ReadPlaceLine(line));

    [Fact]
    public void Should_read_an_addressee_written_on_the_line_below()
    {
        var doc = Assert.Single(DocumentParser.ParseText("Số: 3/UBND\n\nV/v thử\n\nKính gửi:\n\nSở Ngoại vụ tỉnh Tuyên Quang.\n\nThực hiện nhiệm vụ.", "x.txt").Documents);
        Assert.Equal(["Sở Ngoại vụ tỉnh Tuyên Quang"], doc.Addressees);
    }
}
