using System.Text;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Tests.Reading;

public class EncodingTests
{
    private const string Sample = "Kế hoạch thực hiện công tác đối ngoại nhân dân của Ủy ban nhân dân xã Hòa An trong năm 2026.";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Should_read_utf8_with_and_without_bom()
    {
        var plain = Encoding.UTF8.GetBytes(Sample);
        Assert.Equal(Sample, Read(plain));
        Assert.Equal(Sample, Read([0xEF, 0xBB, 0xBF, .. plain]));
    }

    [Fact]
    public void Should_read_utf16_little_and_big_endian_with_and_without_bom()
    {
        Assert.Equal(Sample, Read([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.Equal(Sample, Read([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)]));
        Assert.Equal(Sample, Read(Encoding.Unicode.GetBytes(Sample)));
        Assert.Equal(Sample, Read(Encoding.BigEndianUnicode.GetBytes(Sample)));
    }

    [Fact]
    public void Should_read_windows_1258_with_combining_tones()
    {
        var bytes = Encoding.GetEncoding(1258).GetBytes(SplitTones(Sample));
        Assert.DoesNotContain((byte)'?', bytes);
        Assert.Equal(Sample, Read(bytes));
    }

    // Windows-1258 has ê, ơ, ă… as letters but the five tones only as combining marks after them.
    private static string SplitTones(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            var d = c.ToString().Normalize(NormalizationForm.FormD);
            var tones = new string(d.Where(IsTone).ToArray());
            sb.Append(new string(d.Where(ch => !IsTone(ch)).ToArray()).Normalize(NormalizationForm.FormC)).Append(tones);
        }
        return sb.ToString();
    }

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    [Fact]
    public void Should_read_tcvn3_abc_text()
    {
        // TCVN3 keeps toned capitals in another font, so "Ủ" and "Đ" come back as their small or plain forms.
        const string text = "Kế hoạch thực hiện công tác đối ngoại nhân dân của ủy ban nhân dân xã Hòa An năm 2026.";
        Assert.Equal(text, Read(Tcvn3.Encode(text)));
    }

    [Fact]
    public void Should_read_vni_text_including_capitals()
    {
        Assert.Equal(Sample, Read(Vni.Encode(Sample)));
    }

    [Theory]
    [InlineData("ă â ê ô ơ ư đ", new byte[] { 0xA8, 0x20, 0xA9, 0x20, 0xAA, 0x20, 0xAB, 0x20, 0xAC, 0x20, 0xAD, 0x20, 0xAE })]
    [InlineData("à á ạ ế ự ỵ", new byte[] { 0xB5, 0x20, 0xB8, 0x20, 0xB9, 0x20, 0xD5, 0x20, 0xF9, 0x20, 0xFE })]
    public void Should_map_tcvn3_bytes_from_the_published_table(string expected, byte[] bytes) =>
        Assert.Equal(expected, Tcvn3.Decode(bytes));

    [Fact]
    public void Should_spell_vni_letters_as_base_plus_mark()
    {
        Assert.Equal("Vieät Nam", Encoding.Latin1.GetString(Vni.Encode("Việt Nam")));
        Assert.Equal("ñoái ngoaïi", Encoding.Latin1.GetString(Vni.Encode("đối ngoại")));
    }

    private static string? Read(byte[] bytes)
    {
        var result = DocumentReader.Read(bytes, "sample.txt");
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Text;
    }
}
