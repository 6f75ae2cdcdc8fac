using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>How real documents name the documents they cite (issue 12, item 7), one form each.</summary>
public class CitationFormsTests
{
    private static List<Citation> Cite(string sentence) => CitationReader.Read([sentence], "1/KH-UBND");

    [Fact]
    public void Should_keep_an_ampersand_inside_a_symbol()
    {
        var c = Assert.Single(Cite("Căn cứ Công văn số 499/SNgV-LS&HTQT ngày 20/10/2025 của Sở Ngoại vụ."));
        Assert.Equal(("499/SNgV-LS&HTQT", "2025-10-20"), (c.Reference, c.IssuedOn));
    }

    [Fact]
    public void Should_allow_words_between_the_kind_word_and_the_number()
    {
        var c = Assert.Single(Cite("Thực hiện Chương trình phối hợp số 02/CTr-MTTQ ngày 10/01/2024, Ban Thường trực xây dựng Kế hoạch."));
        Assert.Equal(("action-program", "02/CTr-MTTQ", "2024-01-10"), (c.Kind, c.Reference, c.IssuedOn));
    }

    [Fact]
    public void Should_read_a_second_reference_after_va_with_the_same_kind_word()
    {
        var cites = Cite("Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 và 13-CT/TW ngày 10/02/2022 của Ban Bí thư.");
        Assert.Equal(["12-CT/TW", "13-CT/TW"], cites.Select(c => c.Reference));
        Assert.All(cites, c => Assert.Equal("directive", c.Kind));
        Assert.Equal("2022-02-10", cites[1].IssuedOn);
    }

    [Fact]
    public void Should_prefer_the_printed_kind_word_to_the_symbol()
    {
        var c = Assert.Single(Cite("Căn cứ Quy định số 272-QĐ/TW, ngày 21/01/2015 của Ban Bí thư."));
        Assert.Equal("regulation", c.Kind);
        Assert.Equal("decision", Assert.Single(Cite("Theo văn bản số 15/QĐ-UBND ngày 02/3/2025.")).Kind);
    }

    [Fact]
    public void Should_take_the_issuer_named_before_the_reference()
    {
        var c = Assert.Single(Cite("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 1520-CV/TU ngày 02/3/2025."));
        Assert.Equal("Ban Thường vụ Tỉnh ủy", c.Issuer);
    }

    [Fact]
    public void Should_not_cut_a_joint_issuer_at_va()
    {
        var cites = Cite("Căn cứ Công văn số 499/SNgV-LS ngày 20/10/2025 của Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị về giao lưu và Kế hoạch số 7/KH-LHHN của Liên hiệp.");
        Assert.Equal("Sở Ngoại vụ và Liên hiệp các tổ chức hữu nghị", cites[0].Issuer);
        Assert.Equal("7/KH-LHHN", cites[1].Reference);
    }

    [Fact]
    public void Should_not_count_the_attachment_line_of_an_attached_regulation_as_a_citation()
    {
        var file = DocumentParser.ParseText("""
            ỦY BAN NHÂN DÂN
            TỈNH LÂM ĐỒNG

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            QUY CHẾ
            Quản lý hoạt động đối ngoại trên địa bàn tỉnh
            (Ban hành kèm theo Quyết định số 15/2025/QĐ-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh)

            Chương I
            QUY ĐỊNH CHUNG
            """, "quy-che.txt");
        var doc = Assert.Single(file.Documents);
        Assert.Equal(("regulation", "Quản lý hoạt động đối ngoại trên địa bàn tỉnh"), (doc.Kind, doc.Title));
        Assert.Empty(doc.Citations);
    }

    [Fact]
    public void Should_read_a_reference_printed_without_its_slash_after_so()
    {
        var c = Assert.Single(Cite("Căn cứ Công văn số 15486 BTC-QLN ngày 05/12/2024 của Bộ Tài chính; năm 2024 UBND-VX đã triển khai."));
        Assert.Equal(("dispatch", "15486 BTC-QLN", "2024-12-05"), (c.Kind, c.Reference, c.IssuedOn));
    }
}
