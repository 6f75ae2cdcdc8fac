using HuuNghi.Core.Common;

namespace HuuNghi.Core.Tests.Common;

public sealed class TypedNumberTests
{
    [Theory]
    [InlineData("1.234", "1234")]
    [InlineData("1.234.567", "1234567")]
    [InlineData("1234", "1234")]
    [InlineData("1,5", "1.5")]
    [InlineData("1.234,56", "1234.56")]
    [InlineData(" 1 234 ", "1234")]
    [InlineData("1\u00a0234\u00a0567", "1234567")]
    [InlineData("-1", "-1")]
    [InlineData("0,25", "0.25")]
    [InlineData("007", "7")]
    public void Should_read_numbers_written_the_vietnamese_way(string typed, string expected)
    {
        var result = TypedNumber.Parse(typed);
        Assert.Null(result.Error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("12.34")]
    [InlineData("1.2345")]
    [InlineData("1e3")]
    [InlineData("1,234.5")]
    [InlineData("1.234 567")]
    [InlineData("0.500")]
    [InlineData("1,")]
    [InlineData(",5")]
    [InlineData("1,5,6")]
    [InlineData("abc")]
    [InlineData("--1")]
    public void Should_refuse_a_grouping_that_is_not_in_threes_and_anything_else(string typed)
    {
        var result = TypedNumber.Parse(typed);
        Assert.Null(result.Value);
        Assert.Contains($"'{typed.Trim()}' không phải cách viết số hợp lệ", result.Error!.Vi);
        Assert.Contains("1,5", result.Error.En);
    }

    [Fact]
    public void Should_read_a_blank_as_nothing()
    {
        Assert.Equal(new TypedNumber.Result(null, null), TypedNumber.Parse("  "));
        Assert.False(TypedNumber.Parse("1,5").IsWhole);
        Assert.True(TypedNumber.Parse("1.500").IsWhole);
    }
}
