using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Tests.Parsing;

public class UnitListSplitterTests
{
    [Theory]
    [InlineData("các tổ chức chính trị - xã hội tỉnh và Ban Thường vụ Tỉnh đoàn", new[] { "các tổ chức chính trị - xã hội tỉnh", "Ban Thường vụ Tỉnh đoàn" })]
    [InlineData("Các Đảng đoàn: Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội", new[] { "Các Đảng đoàn: Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội" })]
    [InlineData("các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.", new[] { "các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy" })]
    [InlineData("Các cơ quan, đơn vị, các thôn trên địa bàn xã", new[] { "Các cơ quan, đơn vị, các thôn trên địa bàn xã" })]
    [InlineData("Công an xã, Ban Chỉ huy Quân sự xã", new[] { "Công an xã", "Ban Chỉ huy Quân sự xã" })]
    [InlineData("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", new[] { "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân" })]
    [InlineData("Ban Tuyên giáo Tỉnh ủy; Ban cán sự đảng Ủy ban nhân dân tỉnh", new[] { "Ban Tuyên giáo Tỉnh ủy", "Ban cán sự đảng Ủy ban nhân dân tỉnh" })]
    public void Should_split_units_as_the_contract_says(string text, string[] expected) =>
        Assert.Equal(expected, UnitListSplitter.Split(text));

    [Theory]
    [InlineData("Ban Dân vận Tỉnh ủy chủ trì, phối hợp các cơ quan tham mưu.", new[] { "Ban Dân vận Tỉnh ủy" })]
    [InlineData("Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội căn cứ chức năng nhiệm vụ.", new[] { "Ủy ban Mặt trận Tổ quốc", "các tổ chức chính trị - xã hội" })]
    [InlineData("Tiếp tục nâng cao chất lượng công tác.", new string[0])]
    public void Should_take_the_lead_from_the_subject_of_a_duty(string sentence, string[] expected) =>
        Assert.Equal(expected, LeadReader.FromSentence(sentence));
}
