using System.Text.Json;
using HuuNghi.Testing;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class DocumentsLintCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_print_the_contract_shape_for_each_seed_without_a_database()
    {
        var result = await CliHarness.RawAsync(["documents", "lint", .. Seeds.All, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var files = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            Assert.EndsWith(".txt", file.GetProperty("file").GetString());
            foreach (var finding in file.GetProperty("findings").EnumerateArray())
            {
                Assert.Equal(["rule", "severity", "where", "found", "expected", "message"], finding.EnumerateObject().Select(p => p.Name));
                Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "warning", "info" });
            }
        }
        var draft = files.Single(f => f.GetProperty("file").GetString()!.StartsWith("003_", StringComparison.Ordinal));
        Assert.Contains(draft.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "distribution");
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task Should_report_an_error_in_text_and_exit_1_only_for_an_unreadable_file()
    {
        var bad = Path.Combine(_cli.Folder, "ke-hoach.txt");
        await File.WriteAllTextAsync(bad, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n\nSố: 5/KH-UBND\n\nHòa An, ngày 5 tháng 3 năm 2026\n\nKẾ HOẠCH\nThực hiện công tác đối ngoại nhân dân\n");
        var lint = await CliHarness.RawAsync(["documents", "lint", bad]);
        Assert.True(lint.ExitCode == 0, lint.Error);
        Assert.Contains("error tagline", lint.Out);
        Assert.Contains("error reference-number", lint.Out);
        Assert.Contains("error date-padding", lint.Out);

        var missing = await CliHarness.RawAsync(["documents", "lint", Path.Combine(_cli.Folder, "khong-co.docx"), bad, "--json"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("khong-co.docx", Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("ke-hoach.txt", Assert.Single(JsonDocument.Parse(missing.Out).RootElement.EnumerateArray()).GetProperty("file").GetString());
    }

    public void Dispose() => _cli.Dispose();
}
