using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>A State decision (Decree 30 layout) issuing a programme attached after the signature.</summary>
public class DecisionLayoutTests
{
    private const string Text = """
        ỦY BAN NHÂN DÂN
        TỈNH TUYÊN QUANG

        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc

        Số: 145/QĐ-UBND

        Tuyên Quang, ngày 20 tháng 02 năm 2026

        QUYẾT ĐỊNH
        Ban hành Chương trình công tác đối ngoại nhân dân năm 2026

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

        Căn cứ Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ không hoàn lại;
        Thực hiện Kế hoạch số 50/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân tỉnh;
        Theo đề nghị của Giám đốc Sở Ngoại vụ.

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Chương trình công tác đối ngoại nhân dân năm 2026.

        Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Ngoại vụ chịu trách nhiệm thi hành Quyết định này./.

        Nơi nhận:
        - Như Điều 2;
        - Thường trực Tỉnh ủy;
        - Lưu: VT, NV.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Nguyễn Văn Sơn

        CHƯƠNG TRÌNH
        Công tác đối ngoại nhân dân năm 2026
        (Kèm theo Quyết định số 145/QĐ-UBND ngày 20/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh)

        I. MỤC TIÊU

        Mở rộng quan hệ hữu nghị với Nhân dân các nước.

        II. NHIỆM VỤ CỤ THỂ

        1. Tổ chức đón tiếp các đoàn nước ngoài đến làm việc tại tỉnh.
        * Cơ quan chủ trì: Sở Ngoại vụ.
        * Cơ quan phối hợp: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh.
        * Thời gian thực hiện: Thường xuyên.

        2. Tổ chức hội nghị gặp mặt người Việt Nam ở nước ngoài nhân dịp Tết.
        * Cơ quan chủ trì: Sở Ngoại vụ.
        * Thời gian thực hiện: Tháng 01/2027.
        """;

    private static readonly IReadOnlyList<Documents.Parsing.Model.ParsedDocument> Bundle = DocumentParser.ParseText(Text, "quyet-dinh.txt").Documents;
    private static Documents.Parsing.Model.ParsedDocument Doc => Bundle[0];
    private static Documents.Parsing.Model.ParsedDocument Programme => Bundle[1];

    [Fact]
    public void Should_read_the_decision_header()
    {
        Assert.Equal("decision", Doc.Kind);
        Assert.Equal("145/QĐ-UBND", Doc.Reference);
        Assert.Equal("QĐ-UBND", Doc.Symbol);
        Assert.Equal("2026-02-20", Doc.IssuedOn);
        Assert.Equal("Tuyên Quang", Doc.Place);
        Assert.Equal("Ủy ban nhân dân tỉnh Tuyên Quang", Doc.Issuer);
        Assert.Equal("Ban hành Chương trình công tác đối ngoại nhân dân năm 2026", Doc.Title);
        Assert.Equal(["Như Điều 2", "Thường trực Tỉnh ủy", "Lưu: VT, NV"], Doc.Distribution);
        Assert.Equal(["KT. CHỦ TỊCH"], Doc.Signer!.Authority);
        Assert.Equal("Nguyễn Văn Sơn", Doc.Signer.Name);
    }

    [Fact]
    public void Should_cite_the_legal_bases_but_not_itself()
    {
        Assert.Equal(["80/2020/NĐ-CP", "50/KH-UBND"], Doc.Citations.Select(c => c.Reference));
        Assert.Equal("decree", Doc.Citations[0].Kind);
        Assert.Equal("2020-07-08", Doc.Citations[0].IssuedOn);
    }

    [Fact]
    public void Should_split_off_the_programme_printed_after_the_signature_as_its_own_document()
    {
        Assert.Equal(2, Bundle.Count);
        Assert.Equal("action-program", Programme.Kind);
        Assert.Equal("Công tác đối ngoại nhân dân năm 2026", Programme.Title);
        Assert.Null(Programme.Reference);
        // No letterhead of its own: issued by the decision it is attached to, which it does not cite.
        Assert.Equal(Doc.Issuer, Programme.Issuer);
        Assert.Empty(Programme.Citations);
        Assert.Empty(Doc.Tasks);
        Assert.Contains(Programme.Warnings, w => w.Code == "issuer-from-bundle");
        Assert.DoesNotContain(Programme.Warnings, w => w.Code == "issuer-not-found");
    }

    [Fact]
    public void Should_read_the_tasks_of_the_attached_programme()
    {
        Assert.Equal(["1", "2"], Programme.Tasks.Select(t => t.Ref));
        Assert.Equal(["Sở Ngoại vụ"], Programme.Tasks[0].Lead);
        Assert.Equal(["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh"], Programme.Tasks[0].Coordinating);
        Assert.Equal("ongoing", Programme.Tasks[0].Timeframe.Kind);
        Assert.Equal(("by-date", "2027-01"), (Programme.Tasks[1].Timeframe.Kind, Programme.Tasks[1].Timeframe.Due));
    }
}
