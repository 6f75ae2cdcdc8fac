using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>
/// A letter laid out as Word templates do it: the header and the signature as two-column tables. As DOCX
/// and as the PDF LibreOffice prints from it, the side-by-side blocks must come back in reading order.
/// </summary>
public class TwoColumnLayoutTests(SofficeConversions conversions) : IClassFixture<SofficeConversions>
{
    private static readonly string[] Header = ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN", "Số: 31/UBND-VP", "V/v tổ chức gặp mặt kiều bào dịp Tết"];
    private static readonly string[] Motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hòa An, ngày 08 tháng 01 năm 2026"];
    private static readonly string[] Body =
    [
        "Kính gửi: Các thôn trên địa bàn xã.",
        "Thực hiện Kế hoạch số 62/KH-UBND ngày 31/3/2025 của Ủy ban nhân dân xã, Ủy ban nhân dân xã đề nghị các thôn:",
        "1. Lập danh sách kiều bào về quê đón Tết.",
        "2. Báo cáo kết quả về Văn phòng trước ngày 20/01/2026.",
    ];
    private static readonly string[] Recipients = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."];
    private static readonly string[] SignerBlock = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Đỗ Văn Hiếu"];

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    public void Should_read_side_by_side_header_and_signature_blocks(string format)
    {
        using var temp = new TempDirectory();
        var docx = temp.File("cong-van.docx");
        File.WriteAllBytes(docx, TestDocx.Create(Body, (Header, Motto), (Recipients, SignerBlock)));
        var path = format == "docx" ? docx : conversions.ConvertFile(docx, "pdf");

        var file = DocumentParser.ParseFile(path);
        Assert.True(file.Succeeded, file.Error?.ToString());
        var doc = Assert.Single(file.Documents);
        Assert.Equal(("dispatch", "31/UBND-VP", "2026-01-08", "Hòa An"), (doc.Kind, doc.Reference, doc.IssuedOn, doc.Place));
        Assert.Equal("Ủy ban nhân dân xã Hòa An", doc.Issuer);
        Assert.Equal("tổ chức gặp mặt kiều bào dịp Tết", doc.Title);
        Assert.Equal(["Các thôn trên địa bàn xã"], doc.Addressees);
        Assert.Equal(["Như trên", "Lưu: VT"], doc.Distribution);
        Assert.Equal(new SignerInfo(["TM. ỦY BAN NHÂN DÂN"], "CHỦ TỊCH", "Đỗ Văn Hiếu").ToString(), doc.Signer?.ToString());
        Assert.Equal(["1", "2"], doc.Tasks.Select(t => t.Ref));
        Assert.Equal("2026-01-20", Assert.Single(doc.Deadlines).Due);
    }
}
