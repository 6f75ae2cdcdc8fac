using HuuNghi.Documents.Checking.Lint;
using HuuNghi.Documents.Tests.Support;

namespace HuuNghi.Documents.Tests.Checking.Lint;

/// <summary>
/// The five seeds as they are: plain-text copies that lost parts of their letterheads in extraction, drafts
/// with blank numbers, and a few real slips. None of that is an error; the real slips are warnings.
/// </summary>
public class SeedLintTests
{
    private static readonly IReadOnlyList<LintResult> Results = DocumentLinter.LintFiles(SharedFiles.Seeds);

    private static LintResult Seed(string prefix) => Results.Single(r => r.File.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Should_lint_every_seed_without_errors()
    {
        Assert.Equal(5, Results.Count);
        Assert.All(Results, r => Assert.True(r.Succeeded));
        Assert.All(Results, r => Assert.DoesNotContain(r.Findings, f => f.Severity == LintSeverity.Error));
    }

    [Fact]
    public void Should_warn_of_the_filing_line_without_colon_in_seed_003()
    {
        var finding = Assert.Single(Seed("003").Findings, f => f.Rule == LintRules.Distribution);
        Assert.Equal("Lưu VT", finding.Found);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Should_warn_of_the_look_alike_letter_in_seed_000s_motto()
    {
        var finding = Assert.Single(Seed("000").Findings, f => f.Rule == LintRules.Motto);
        Assert.Equal("CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM", finding.Found);
        Assert.Equal(LintSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Should_note_the_drafts_blank_number_and_date_as_information()
    {
        foreach (var prefix in new[] { "000", "003" })
        {
            var findings = Seed(prefix).Findings;
            Assert.Contains(findings, f => f.Rule == LintRules.ReferenceNumber && f.Severity == LintSeverity.Info);
            Assert.Contains(findings, f => f.Rule == LintRules.PlaceDate && f.Severity == LintSeverity.Info);
        }
    }

    [Fact]
    public void Should_accept_the_Party_forms_of_the_plan_bundled_in_seed_002()
    {
        var plan = Seed("002").Findings.Where(f => f.Where.StartsWith("văn bản 3,", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(plan, f => f.Rule is LintRules.Reference or LintRules.SymbolKind or LintRules.Signer or LintRules.Distribution);
    }
}
