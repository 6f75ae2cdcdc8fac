using HuuNghi.Documents.Checking;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Checking;

public class DocumentCheckerTests
{
    private static readonly List<Finding> SeedFindings = DocumentChecker.Check(DocumentParser.ParseFiles(SharedFiles.Seeds).ToList());

    [Fact]
    public void Should_report_the_plan_dated_differently_in_its_header_and_in_the_letters_forwarding_it()
    {
        var finding = Assert.Single(SeedFindings, f => f.Code == FindingCodes.CitationDateMismatch && f.Reference == "83-KH/TU");
        Assert.Contains("11/06/2022", finding.Message);
        Assert.Contains("21/06/2022", finding.Message);
        Assert.Contains(finding.Where, w => w.Contains("83-KH/TU (ngày ban hành)"));
        Assert.Contains(finding.Where, w => w.Contains("457/LĐLĐ"));
        Assert.Contains(finding.Where, w => w.Contains("578-CV/BDVTU"));
    }

    [Fact]
    public void Should_report_a_decree_reference_whose_year_disagrees_with_its_date()
    {
        var finding = Assert.Single(SeedFindings, f => f.Code == FindingCodes.ReferenceYearMismatch);
        Assert.Equal("80/2022/NĐ-CP", finding.Reference);
        Assert.Contains("17/09/2020", finding.Message);
        Assert.Contains(finding.Where, w => w.StartsWith("003_", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_report_the_same_decree_number_cited_with_two_years()
    {
        var finding = Assert.Single(SeedFindings, f => f.Code == FindingCodes.ReferenceVariant);
        Assert.Contains("80/2020/NĐ-CP", finding.Message);
        Assert.Contains("80/2022/NĐ-CP", finding.Message);
    }

    [Fact]
    public void Should_report_the_misspelt_fixed_phrase_in_seed_001()
    {
        var finding = Assert.Single(SeedFindings, f => f.Code == FindingCodes.Spelling && f.Message.Contains("đổi ngoai"));
        Assert.Equal("62/KH-UBND", finding.Reference);
        Assert.Contains("đối ngoại", finding.Message);
        Assert.Contains(finding.Where, w => w.StartsWith("001_", StringComparison.Ordinal) && w.Contains("trích yếu"));
    }

    [Fact]
    public void Should_not_report_consistent_dates()
    {
        Assert.DoesNotContain(SeedFindings, f => f.Code == FindingCodes.CitationDateMismatch && f.Reference == "12-CT/TW");
    }

    [Fact]
    public void Should_skip_files_that_could_not_be_read()
    {
        var files = DocumentParser.ParseFiles(["/nonexistent/a.txt", SharedFiles.Seed("001")]).ToList();
        Assert.Contains(DocumentChecker.Check(files), f => f.Code == FindingCodes.Spelling);
    }

    [Fact]
    public void Should_treat_a_partial_date_as_agreeing_with_a_full_one()
    {
        var a = DocumentParser.ParseText("Số: 15/KH-UBND\n\nHòa An, ngày tháng 3 năm 2026\n\nKẾ HOẠCH\n\nVề việc thử\n", "a.txt");
        var b = DocumentParser.ParseText("Số: 16/BC-UBND\n\nHòa An, ngày 20 tháng 4 năm 2026\n\nBÁO CÁO\n\nKết quả\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 05/3/2026 của UBND xã.\n", "b.txt");
        Assert.DoesNotContain(DocumentChecker.Check([a, b]), f => f.Code == FindingCodes.CitationDateMismatch);
    }
}
