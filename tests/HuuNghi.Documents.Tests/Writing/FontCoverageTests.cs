using System.Text;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Documents.Tests.Writing;

public class FontCoverageTests
{
    private static readonly FontCoverage Tnr = FontCoverage.TimesNewRoman;

    private const string Vietnamese =
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập - Tự do - Hạnh phúc. Ủy ban nhân dân huyện Tháp Mười, "
        + "“Quỹ Hòa bình” tài trợ 115.000.000 ₫ (≈ 4.500 €), ngày 17/01/2024; Sen Tháp Mười… ./.";

    [Fact]
    public void Should_cover_Vietnamese_precomposed_and_decomposed()
    {
        Assert.Empty(Tnr.Outside(Vietnamese.Normalize(NormalizationForm.FormC)));
        var decomposed = Vietnamese.Normalize(NormalizationForm.FormD);
        Assert.Contains('\u0323', decomposed); // the dot below of "ộ" stands alone as a combining mark
        Assert.Empty(Tnr.Outside(decomposed));
    }

    [Fact]
    public void Should_cover_the_whole_Thap_Muoi_report()
    {
        Assert.Empty(Tnr.Outside(RoundTripDocuments.ThapMuoiReport().Document));
        Assert.Null(Tnr.Message([]));
    }

    [Fact]
    public void Should_name_Khmer_letters_once_each_in_order()
    {
        var found = Tnr.Outside("Tỉnh Svay Rieng (ស្វាយរៀង) và ស្វាយ");
        Assert.All(found, c => Assert.Equal("Khmer", c.Block));
        Assert.Equal("ស", found[0].Character);
        Assert.Equal("U+179F", found[0].Code);
        Assert.Equal(found.Count, found.Select(c => c.CodePoint).Distinct().Count());
        Assert.Equal("ស្វាយរៀង".Distinct().Count(), found.Count);
    }

    [Fact]
    public void Should_name_Lao_and_Chinese()
    {
        var lao = Tnr.Outside("Đoàn tỉnh Champasak (ຈຳປາສັກ)");
        Assert.NotEmpty(lao);
        Assert.All(lao, c => Assert.Equal("Lao", c.Block));

        var chinese = Tnr.Outside("Quảng Tây 广西");
        Assert.Equal(["广", "西"], chinese.Select(c => c.Character));
        Assert.Equal(["U+5E7F", "U+897F"], chinese.Select(c => c.Code));
        Assert.All(chinese, c => Assert.Equal("CJK Unified Ideographs", c.Block));
    }

    [Fact]
    public void Should_keep_an_emoji_surrogate_pair_whole_and_ignore_its_variation_selector()
    {
        var found = Tnr.Outside("Hữu nghị 😀 ❤️ 😀");
        Assert.Equal(["😀", "❤"], found.Select(c => c.Character));
        Assert.Equal("U+1F600", found[0].Code);
        Assert.Equal(0x1F600, found[0].CodePoint);
        Assert.Equal("Emoji", found[0].Block);
        Assert.Equal("Dingbats", found[1].Block);
    }

    [Fact]
    public void Should_say_where_in_a_document_each_character_stands()
    {
        var found = Tnr.Outside(MixedDocument());

        Assert.Equal(["Kính gửi"], Places(found, "ສ"));
        Assert.Equal(["Chú thích 3"], Places(found, "ក"));
        Assert.Equal(["Chú thích 3", "Bảng 1, dòng 4"], Places(found, "😀"));
        Assert.Equal(["Nơi nhận"], Places(found, "中"));
        Assert.Equal(["Trích yếu"], Places(found, "អ"));
        Assert.DoesNotContain(found, c => c.Character == "ñ");
    }

    [Fact]
    public void Should_warn_in_Vietnamese_and_English()
    {
        var document = new OfficialDocument
        {
            Body = [new Paragraph([new TextRun("Đoàn"), new Footnote("Một"), new Footnote("Hai"), new Footnote("Đoàn tỉnh ក 😀")])],
        };
        Assert.Equal(
            "Văn bản có 2 ký tự ngoài bộ phông Times New Roman (ក U+1780 Khmer, 😀 U+1F600 Emoji) tại Chú thích 3: "
            + "Word và LibreOffice sẽ hiển thị chúng bằng phông khác. / The document has 2 characters outside Times New Roman "
            + "(ក U+1780 Khmer, 😀 U+1F600 Emoji) in footnote 3: Word and LibreOffice will display them in another font.",
            Tnr.Message(Tnr.Outside(document)));
    }

    [Fact]
    public void Should_still_write_every_character_the_font_lacks()
    {
        var document = MixedDocument();
        using var docx = new DocxInspection(new AdministrativeDocumentWriter().Write(document));
        docx.AssertValid();
        var text = docx.Body.InnerText + docx.Package.MainDocumentPart!.FootnotesPart!.Footnotes!.InnerText;
        Assert.All(Tnr.Outside(document), c => Assert.Contains(c.Character, text));
    }

    private static List<string> Places(IReadOnlyList<UncoveredCharacter> found, string character) =>
        found.Single(c => c.Character == character).Places.Select(p => p.Vi).ToList();

    private static OfficialDocument MixedDocument() => SampleDocuments.Report(2) with
    {
        Title = "Giao lưu với tỉnh Svay Rieng (អ) và đoàn Peñalolén",
        Addressees = ["Sở Ngoại vụ", "Tổng lãnh sự quán Lào (ສ)"],
        Body =
        [
            new Paragraph([new TextRun("Các đoàn"), new Footnote("Đoàn 1"), new TextRun(", "), new Footnote("Đoàn 2"),
                new TextRun(" và đoàn Campuchia"), new Footnote("Đoàn ក 😀"), new TextRun(".")]),
            new TableBlock(["STT", "Đoàn"], [["1", "A"], ["2", "B"], ["3", "C"], ["4", "Đoàn 😀"]]),
        ],
        Distribution = ["Như trên", "Đoàn Quảng Tây (中)", "Lưu: VT"],
    };
}
