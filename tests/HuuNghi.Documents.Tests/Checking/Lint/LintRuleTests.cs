using HuuNghi.Documents.Checking.Lint;
using static HuuNghi.Documents.Tests.Checking.Lint.LintSamples;

namespace HuuNghi.Documents.Tests.Checking.Lint;

public class LintRuleTests
{
    [Fact]
    public void Should_find_nothing_in_a_well_formed_plan()
    {
        var result = LintText(GoodPlan);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData(LintRules.Motto, LintSeverity.Error, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData(LintRules.Motto, LintSeverity.Warning, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData(LintRules.Motto, LintSeverity.Info, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData(LintRules.Motto, LintSeverity.Warning, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "")]
    [InlineData(LintRules.Tagline, LintSeverity.Error, "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")]
    [InlineData(LintRules.Tagline, LintSeverity.Error, "Độc lập - Tự do - Hạnh phúc", "Độc Lập - Tự Do - Hạnh Phúc")]
    [InlineData(LintRules.Tagline, LintSeverity.Warning, "Độc lập - Tự do - Hạnh phúc\n", "")]
    [InlineData(LintRules.Issuer, LintSeverity.Warning, "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI\n", "")]
    [InlineData(LintRules.Reference, LintSeverity.Warning, "Số: 05/KH-UBND", "Số 05/KH-UBND")]
    [InlineData(LintRules.Reference, LintSeverity.Warning, "Số: 05/KH-UBND", "Số: 05-KH-UBND")]
    [InlineData(LintRules.Reference, LintSeverity.Warning, "Số: 05/KH-UBND\n", "")]
    [InlineData(LintRules.ReferenceNumber, LintSeverity.Error, "Số: 05/KH-UBND", "Số: 5/KH-UBND")]
    [InlineData(LintRules.ReferenceNumber, LintSeverity.Info, "Số: 05/KH-UBND", "Số:    /KH-UBND")]
    [InlineData(LintRules.SymbolKind, LintSeverity.Error, "Số: 05/KH-UBND", "Số: 05/BC-UBND")]
    [InlineData(LintRules.SymbolKind, LintSeverity.Error, "Số: 05/KH-UBND", "Số: 05/UBND")]
    [InlineData(LintRules.SymbolKind, LintSeverity.Error, "Số: 05/KH-UBND", "Số: 05/2024/QĐ-UBND")]
    [InlineData(LintRules.PlaceDate, LintSeverity.Error, "ngày 05 tháng 02 năm 2024", "ngày 05/02/2024")]
    [InlineData(LintRules.PlaceDate, LintSeverity.Info, "ngày 05 tháng 02 năm 2024", "ngày    tháng 02 năm 2024")]
    [InlineData(LintRules.PlaceDate, LintSeverity.Warning, "Tháp Mười, ngày 05 tháng 02 năm 2024\n", "")]
    [InlineData(LintRules.DatePadding, LintSeverity.Error, "ngày 05 tháng 02", "ngày 5 tháng 02")]
    [InlineData(LintRules.DatePadding, LintSeverity.Error, "ngày 05 tháng 02", "ngày 05 tháng 2")]
    [InlineData(LintRules.DatePadding, LintSeverity.Info, "ngày 05 tháng 02", "ngày 05 tháng 03")]
    [InlineData(LintRules.KindTitle, LintSeverity.Warning, "KẾ HOẠCH\n", "")]
    [InlineData(LintRules.Distribution, LintSeverity.Warning, "- Lưu: VT, VP.", "- Lưu VT.")]
    [InlineData(LintRules.Distribution, LintSeverity.Warning, "\n- Lưu: VT, VP.", "")]
    [InlineData(LintRules.Distribution, LintSeverity.Warning, "Nơi nhận:\n- Sở Ngoại vụ tỉnh;\n- Các xã, thị trấn;\n- Lưu: VT, VP.\n", "")]
    [InlineData(LintRules.Signer, LintSeverity.Warning, "KT. CHỦ TỊCH", "K/T CHỦ TỊCH")]
    [InlineData(LintRules.Signer, LintSeverity.Warning, "PHÓ CHỦ TỊCH", "CHỦ TỊCH")]
    [InlineData(LintRules.Signer, LintSeverity.Warning, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An", "")]
    public void Should_report_the_rule_a_plan_breaks(string rule, string severity, string from, string to)
    {
        var findings = LintText(Broken(from, to)).Findings;
        var finding = Assert.Single(findings, f => f.Rule == rule);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains(" / ", finding.Message);
    }

    [Fact]
    public void Should_read_the_type_after_the_year_of_a_legal_normative_document()
    {
        var decision = GoodPlan.Replace("Số: 05/KH-UBND", "Số: 05/2024/QĐ-UBND").Replace("KẾ HOẠCH\n", "QUYẾT ĐỊNH\n");
        Assert.DoesNotContain(LintText(decision).Findings, f => f.Rule == LintRules.SymbolKind);
    }

    [Theory]
    [InlineData("KẾ HOẠCH\nTổ chức", "TỜ TRÌNH\nTổ chức", "Số: 05/TTr-UBND")]
    [InlineData("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG", "Số: 05/KH-UBND")]
    [InlineData("- Sở Ngoại vụ tỉnh;\n- Các xã, thị trấn;\n- Lưu: VT, VP.", "- Sở Ngoại vụ tỉnh;- Các xã, thị trấn;- Lưu: VT, VP.", "Số: 05/KH-UBND")]
    public void Should_accept_forms_the_decree_allows_beyond_the_common_ones(string from, string to, string reference)
    {
        var findings = LintText(Broken(from, to).Replace("Số: 05/KH-UBND", reference)).Findings;
        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => $"{f.Rule}: {f.Message}")));
    }

    [Fact]
    public void Should_give_found_and_expected_for_a_wrong_date()
    {
        var finding = Assert.Single(LintText(Broken("ngày 05 tháng 02", "ngày 5 tháng 2")).Findings, f => f.Expected == "tháng 02");
        Assert.Equal("tháng 2", finding.Found);
        Assert.Contains("(dòng 9) / place and date (line 9)", finding.Where);
    }

    [Fact]
    public void Should_apply_Party_forms_to_a_Party_plan()
    {
        var party = GoodPlan
            .Replace("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nỦY BAN NHÂN DÂN HUYỆN THÁP MƯỜI", "TỈNH ỦY ĐỒNG THÁP\nHUYỆN ỦY THÁP MƯỜI")
            .Replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM")
            .Replace("Số: 05/KH-UBND", "Số 05-KH/HU")
            .Replace("- Lưu: VT, VP.", "- Lưu Văn phòng Huyện ủy.")
            .Replace("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ");
        Assert.Empty(LintText(party).Findings);

        var withColon = LintText(party.Replace("Số 05-KH/HU", "Số: 05-KH/HU")).Findings;
        Assert.Equal(LintRules.Reference, Assert.Single(withColon).Rule);
        var wrongType = LintText(party.Replace("Số 05-KH/HU", "Số 05-BC/HU")).Findings;
        Assert.Equal(LintRules.SymbolKind, Assert.Single(wrongType).Rule);
    }

    [Fact]
    public void Should_not_ask_a_dispatch_for_a_type_abbreviation_but_refuse_another_kinds()
    {
        var dispatch = GoodPlan.Replace("Số: 05/KH-UBND", "Số: 05/UBND-VP").Replace("KẾ HOẠCH\nTổ chức", "V/v tổ chức");
        Assert.Empty(LintText(dispatch).Findings);
        var finding = Assert.Single(LintText(dispatch.Replace("05/UBND-VP", "05/KH-UBND")).Findings);
        Assert.Equal(LintRules.SymbolKind, finding.Rule);
        Assert.Equal("KH", finding.Found);
    }

    [Fact]
    public void Should_lint_each_document_of_a_bundle_on_its_own()
    {
        var result = LintText(GoodPlan + "\n\n" + Broken("Số: 05/KH-UBND", "Số: 6/KH-UBND"));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(LintRules.ReferenceNumber, finding.Rule);
        Assert.StartsWith("văn bản 2, ", finding.Where);
    }

    [Fact]
    public void Should_return_the_read_error_for_a_file_it_cannot_read()
    {
        var result = DocumentLinter.LintFile("/nonexistent/ke-hoach.txt");
        Assert.False(result.Succeeded);
        Assert.Equal("ke-hoach.txt", result.File);
        Assert.Empty(result.Findings);
    }
}
