using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>An old letter saved in TCVN3 (.VnTime) and one in VNI: read from disk, converted, parsed.</summary>
public class LegacyEncodingLayoutTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        XÃ HÒA AN

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 25/UBND-VP

        Hòa An, ngày 05 tháng 4 năm 2026

        V/v báo cáo công tác đối ngoại nhân dân quý I năm 2026

        Kính gửi: Sở Ngoại vụ tỉnh Tuyên Quang.

        Thực hiện Kế hoạch số 62/KH-UBND ngày 31/3/2026 của Ủy ban nhân dân xã, Ủy ban nhân dân xã Hòa An báo cáo kết quả như sau.

        Nơi nhận:
        - Như trên;
        - Lưu: VT.

        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH

        Đỗ Văn Hiếu
        """;

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    public void Should_parse_a_legacy_encoded_letter(string encoding)
    {
        using var temp = new TempDirectory();
        var path = temp.File("cong-van-cu.txt");
        File.WriteAllBytes(path, encoding == "tcvn3" ? Tcvn3.Encode(Text) : Vni.Encode(Text));

        var read = DocumentReader.Read(path);
        Assert.Equal(encoding, read.Encoding);
        var doc = Assert.Single(DocumentParser.ParseFile(path).Documents);
        Assert.Equal(("dispatch", "25/UBND-VP", "2026-04-05", "Hòa An"), (doc.Kind, doc.Reference, doc.IssuedOn, doc.Place));
        Assert.Equal("Ủy ban nhân dân xã Hòa An", doc.Issuer);
        Assert.Equal("báo cáo công tác đối ngoại nhân dân quý I năm 2026", doc.Title);
        Assert.Equal(["Sở Ngoại vụ tỉnh Tuyên Quang"], doc.Addressees);
        Assert.Equal("62/KH-UBND", Assert.Single(doc.Citations).Reference);
        Assert.Equal("Đỗ Văn Hiếu", doc.Signer!.Name);
    }
}
