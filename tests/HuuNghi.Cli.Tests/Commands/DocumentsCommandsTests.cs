using System.Text.Json;
using HuuNghi.Testing;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class DocumentsCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private static string[] SeedFiles => [.. Seeds.All];

    [Fact]
    public async Task Should_parse_every_seed_to_the_contract_json()
    {
        var result = await CliHarness.RawAsync(["documents", "parse", .. SeedFiles, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var files = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(5, files.Count);
        var bundle = files.Single(f => f.GetProperty("file").GetString()!.StartsWith("002_", StringComparison.Ordinal));
        var kinds = bundle.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["dispatch", "dispatch", "plan"], kinds);
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task Should_report_an_unreadable_file_on_one_line_and_still_parse_the_others()
    {
        var empty = Path.Combine(_cli.Folder, "rong.txt");
        await File.WriteAllTextAsync(empty, "");
        var result = await CliHarness.RawAsync(["documents", "parse", empty, Seeds.Path("001"), "--json"]);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("rỗng", line);
        Assert.Contains("empty", line);
        Assert.Contains("62/KH-UBND", result.Out);
    }

    [Fact]
    public async Task Should_find_the_seeds_inconsistencies()
    {
        var result = await CliHarness.RawAsync(["documents", "check", .. SeedFiles, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var findings = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "citation-date-mismatch" && f.GetProperty("reference").GetString() == "83-KH/TU");
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "reference-year-mismatch" && f.GetProperty("reference").GetString() == "80/2022/NĐ-CP");
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "spelling");
    }

    [Fact]
    public async Task Should_import_link_search_and_show_documents()
    {
        var first = await _cli.RunAsync(["documents", "import", .. SeedFiles, "--json"]);
        Assert.True(first.ExitCode == 0, first.Error);
        var imported = JsonDocument.Parse(first.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(7, imported.Count);
        Assert.All(imported, d => Assert.True(d.TryGetProperty("planId", out _)));

        var again = await _cli.RunAsync(["documents", "import", .. SeedFiles, "--json"]);
        Assert.Equal(first.Out, again.Out);

        var found = await _cli.RunAsync(["documents", "list", "--q", "doi ngoai nhan dan", "--json"]);
        Assert.True(JsonDocument.Parse(found.Out).RootElement.GetArrayLength() >= 5);

        var shown = await _cli.RunAsync(["documents", "show", "83-KH/TU", "--json"]);
        Assert.True(shown.ExitCode == 0, shown.Error);
        var plan = JsonDocument.Parse(shown.Out).RootElement;
        Assert.Contains(plan.GetProperty("citedBy").EnumerateArray(), c => c.GetProperty("reference").GetString() == "457/LĐLĐ");
        var directive = plan.GetProperty("citations").EnumerateArray().Single(c => c.GetProperty("reference").GetString() == "12-CT/TW");
        Assert.Equal(JsonValueKind.Null, directive.GetProperty("documentId").ValueKind);
    }

    [Fact]
    public async Task Should_answer_an_unknown_reference_with_exit_code_1()
    {
        var result = await _cli.RunAsync(["documents", "show", "999-KH/XX"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("999-KH/XX", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
