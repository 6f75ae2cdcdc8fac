using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Đối ngoại Nhân dân", "doi ngoai nhan dan")]
    [InlineData("Uỷ ban", "uy ban")]
    [InlineData("Ủy ban", "uy ban")]
    [InlineData("ngƣời  Việt\nNam", "nguoi viet nam")]
    [InlineData("", "")]
    public void Should_fold_diacritics_case_and_spacing(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Should_map_pdf_lookalikes_but_keep_diacritics()
    {
        Assert.Equal("người Việt Nam", VietnameseText.Canonical("ngƣời Việt Nam"));
    }
}
