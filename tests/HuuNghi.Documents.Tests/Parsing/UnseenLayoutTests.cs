using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Tests.Parsing;

/// <summary>Header, title and signer layouts of real documents the seeds do not show (issue 12), one rule each.</summary>
public class UnseenLayoutTests
{
    private const string StateHead = "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 31/KH-UBND\nHà Giang, ngày 4 tháng 5 năm 2025\n\n";
    private const string StateSigner = "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLò Văn Tính\n\nNơi nhận:\n- Sở Ngoại vụ;\n- Lưu: VT.";

    private static ParsedDocument Parse(string text) => Assert.Single(DocumentParser.ParseText(text, "x.txt").Documents);

    [Fact]
    public void Should_take_a_capitals_subject_over_several_lines_and_stop_at_the_body()
    {
        var doc = Parse(StateHead + "KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 12-CT/TW\nVỀ ĐỐI NGOẠI NHÂN DÂN\n\nThực hiện Chỉ thị số 12-CT/TW, Ủy ban nhân dân tỉnh ban hành Kế hoạch." + StateSigner);
        Assert.Equal("plan", doc.Kind);
        Assert.Equal("THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW VỀ ĐỐI NGOẠI NHÂN DÂN", doc.Title);
    }

    [Fact]
    public void Should_end_a_title_before_a_paragraph_that_announces_the_body()
    {
        var doc = Parse(StateHead + "HƯỚNG DẪN\nthực hiện công tác đối ngoại năm 2025\n\nĐể thực hiện có hiệu quả, Ủy ban nhân dân tỉnh hướng dẫn như sau:\n\nCác sở chủ động." + StateSigner);
        Assert.Equal("thực hiện công tác đối ngoại năm 2025", doc.Title);
    }

    [Theory]
    [InlineData("CHƯƠNG TRÌNH CÔNG TÁC\nnăm 2026", "action-program", "năm 2026")]
    [InlineData("CÔNG ĐIỆN\nVề việc phòng chống bão", "other", "Về việc phòng chống bão")]
    [InlineData("THÔNG TƯ LIÊN TỊCH\nHướng dẫn công tác ngoại vụ", "circular", "Hướng dẫn công tác ngoại vụ")]
    [InlineData("CHƯƠNG TRÌNH\nHÀNH ĐỘNG\nthực hiện Nghị quyết số 59-NQ/TW", "action-program", "thực hiện Nghị quyết số 59-NQ/TW")]
    public void Should_know_the_kind_words_of_other_documents(string kindAndTitle, string kind, string title)
    {
        // A symbol without a type code ("31/UBND"), so the kind can only come from the kind word.
        var doc = Parse(StateHead.Replace("KH-UBND", "UBND") + kindAndTitle + "\n\nCăn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành văn bản này." + StateSigner);
        Assert.Equal((kind, title), (doc.Kind, doc.Title));
    }

    [Fact]
    public void Should_take_the_subject_of_a_report_printed_without_its_kind_word()
    {
        var doc = Parse(StateHead.Replace("KH-UBND", "BC-UBND") + "Kết quả đón đoàn khách tháng 3 năm 2025\n\nNgày 10/3/2025, Ủy ban nhân dân tỉnh đón đoàn." + StateSigner);
        Assert.Equal(("report", "Kết quả đón đoàn khách tháng 3 năm 2025"), (doc.Kind, doc.Title));
        Assert.Equal("Lò Văn Tính", doc.Signer?.Name);
    }

    [Theory]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG", "T/M BAN BÍ THƯ", "Ban Bí thư")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG", "T/M BỘ CHÍNH TRỊ", "Bộ Chính trị")]
    [InlineData("TỈNH ỦY NINH BÌNH", "T/M TỈNH ỦY", "Ban Chấp hành Đảng bộ tỉnh Ninh Bình")]
    [InlineData("HUYỆN ỦY TRIỆU SƠN", "T/M HUYỆN ỦY", "Ban Chấp hành Đảng bộ huyện Triệu Sơn")]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN ĐỐI NGOẠI", "K/T TRƯỞNG BAN", "Ban Đối ngoại Trung ương")]
    public void Should_name_a_party_issuer_by_the_body_its_signer_acts_for(string head, string authority, string issuer)
    {
        var doc = Parse($"{head}\n*\nSố 4-CT/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 1 tháng 4 năm 2025\n\nCHỈ THỊ\nvề công tác đối ngoại\n\nCác cấp ủy thực hiện.\n\n{authority}\nBÍ THƯ\n\nTrần Văn Phúc");
        Assert.Equal(issuer, doc.Issuer, ignoreCase: true);
    }

    [Fact]
    public void Should_name_the_office_of_a_committee_after_the_committee()
    {
        var doc = Parse(StateHead.Replace("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG", "UBND THÀNH PHỐ HẢI PHÒNG\nVĂN PHÒNG").Replace("KH-UBND", "TB-VP") + "THÔNG BÁO\nKết luận của Chủ tịch\n\nNgày 2/5/2025, Chủ tịch chủ trì họp." + StateSigner);
        Assert.Equal("Văn phòng Ủy ban nhân dân thành phố Hải Phòng", doc.Issuer);
    }

    [Fact]
    public void Should_leave_a_council_session_line_out_of_the_issuer()
    {
        var doc = Parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\nKHÓA XVIII, KỲ HỌP THỨ 31\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 27/2025/NQ-HĐND\nNghệ An, ngày 11 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nQuy định mức chi đón tiếp khách nước ngoài\n\nCăn cứ Luật Tổ chức chính quyền địa phương;");
        Assert.Equal("Hội đồng nhân dân tỉnh Nghệ An", doc.Issuer);
    }

    [Fact]
    public void Should_not_take_a_section_heading_for_the_issuer()
    {
        var doc = Parse("KẾ HOẠCH\nTổ chức giao lưu hữu nghị\n\nI- MỤC ĐÍCH, YÊU CẦU\n\nỦy ban nhân dân huyện Tháp Mười xây dựng Kế hoạch như sau:");
        Assert.DoesNotContain("MỤC ĐÍCH", doc.Issuer ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Số:\n09/2011/QĐ-UBND\nBình Định, ngày 20 tháng 4 năm 2011")]
    [InlineData("09/2011/QĐ-UBND | Bình Định, ngày 20 tháng 4 năm 2011")]
    public void Should_read_a_reference_whose_label_is_wrapped_or_missing(string numberAndDate)
    {
        var doc = Parse($"ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{numberAndDate}\n\nQUYẾT ĐỊNH\nBan hành Quy định quản lý đoàn ra\n\nCăn cứ Luật Tổ chức chính quyền địa phương;");
        Assert.Equal(("09", "2011/QĐ-UBND", "2011-04-20"), (doc.Number, doc.Symbol, doc.IssuedOn));
        Assert.Equal("Ủy ban nhân dân tỉnh Bình Định", doc.Issuer);
    }

    [Fact]
    public void Should_read_a_website_dispatch_with_the_kind_word_before_its_subject()
    {
        var doc = Parse("VĂN PHÒNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n| Độc lập - Tự do - Hạnh phúc\n2321/VPCP-QHQT | Hà Nội, ngày 08 tháng 4 năm 2025\nCông văn V/v tổ chức Diễn đàn nhân dân ASEAN\n\nKính gửi: Bộ Ngoại giao.\n\nPhó Thủ tướng có ý kiến như sau.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nMai Tiến Dũng\n\nNơi nhận:- Như trên;- TTg, các PTTg;- Lưu: VT, QHQT.");
        Assert.Equal(("dispatch", "2321/VPCP-QHQT", "tổ chức Diễn đàn nhân dân ASEAN"), (doc.Kind, doc.Reference, doc.Title));
        Assert.Equal("Văn phòng Chính phủ", doc.Issuer, ignoreCase: true);
        Assert.Equal(["Như trên", "TTg, các PTTg", "Lưu: VT, QHQT"], doc.Distribution);
    }

    [Fact]
    public void Should_read_an_addressee_list_longer_than_the_header_window()
    {
        var units = Enumerable.Range(1, 11).Select(i => $"Phòng số {i} của huyện").ToList();
        var doc = Parse(StateHead.Replace("KH-UBND", "UBND-VX") + "V/v tổ chức giao lưu\n\nKính gửi:\n" + string.Join("\n", units.Select(u => $"- {u};")) + "\n\nĐề nghị các đơn vị thực hiện." + StateSigner);
        Assert.Equal(units, doc.Addressees);
    }

    [Theory]
    [InlineData("H' Yim Kdoh")]
    [InlineData("Y Moan Niê")]
    [InlineData("Ksor H'Hen")]
    public void Should_read_a_signer_name_with_an_apostrophe(string name)
    {
        var doc = Parse(StateHead + "KẾ HOẠCH\nTổ chức giao lưu\n\nCác sở thực hiện.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n" + name);
        Assert.Equal(name, doc.Signer?.Name);
    }

    [Fact]
    public void Should_take_a_duty_to_report_by_a_stated_day_as_a_deadline()
    {
        var doc = Parse(StateHead + "KẾ HOẠCH\nTuyên truyền biển, đảo\n\nCác tổ dân phố báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 15/11/2026." + StateSigner);
        var deadline = Assert.Single(doc.Deadlines);
        Assert.Equal(("2026-11-15", null), (deadline.Due, deadline.Recurrence));
    }

    [Fact]
    public void Should_join_a_signer_authority_and_distribution_items_wrapped_in_a_narrow_column()
    {
        var doc = Parse(StateHead + "KẾ HOẠCH\nTổ chức giao lưu\n\nCác sở thực hiện.\n\nTM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Thanh Ngọc\n\n"
            + "Nơi nhận:\n- Bộ Ngoại giao;\n- Các sở, ban, ngành, đoàn thể\ntỉnh;\n- UBND các huyện, thị xã,\nthành phố;\n- Lưu: VT.");
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], doc.Signer?.Authority);
        Assert.Equal("PHÓ CHỦ TỊCH", doc.Signer?.Position);
        Assert.Equal(["Bộ Ngoại giao", "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện, thị xã, thành phố", "Lưu: VT"], doc.Distribution);
    }
}
