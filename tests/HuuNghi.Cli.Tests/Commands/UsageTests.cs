namespace HuuNghi.Cli.Tests.Commands;

/// <summary>Exit code 2 and help: the parser answers before any database is opened.</summary>
public sealed class UsageTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_exit_2_for_an_unknown_command()
    {
        var result = await _cli.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.Error);
        Assert.Contains("--help", result.Error);
        Assert.False(File.Exists(_cli.DatabaseFile));
    }

    [Fact]
    public async Task Should_exit_2_for_a_missing_option_value()
    {
        var result = await CliHarness.RawAsync("orgunits", "list", "--as-of");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of", result.Error);
    }

    [Fact]
    public async Task Should_exit_2_for_an_unknown_option()
    {
        var result = await _cli.RunAsync("orgunits", "list", "--as-off", "2024-01-01");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task Should_exit_1_for_a_database_target_it_does_not_understand()
    {
        var result = await CliHarness.RawAsync("orgunits", "list", "--db", "mysql://x");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Không hiểu đích cơ sở dữ liệu", line);
        Assert.Contains("Unknown database target", line);
    }

    [Fact]
    public async Task Should_exit_1_when_the_database_cannot_be_opened()
    {
        var notADatabase = Path.Combine(_cli.Folder, "notes.db");
        await File.WriteAllTextAsync(notADatabase, "không phải cơ sở dữ liệu");

        var result = await CliHarness.RawAsync("orgunits", "list", "--db", "sqlite:" + notADatabase);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Không mở được cơ sở dữ liệu", result.Error);
        Assert.Contains("Could not open the database", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("orgunits", "list", "--help")]
    [InlineData("users", "create", "--help")]
    public async Task Should_explain_commands_in_both_languages(params string[] args)
    {
        var result = await CliHarness.RawAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Cơ sở dữ liệu", result.Out);
        Assert.Contains("Database", result.Out);
        Assert.Contains(" / ", result.Out);
    }

    [Fact]
    public async Task Should_list_every_command_group_in_the_root_help()
    {
        var result = await CliHarness.RawAsync("--help");

        Assert.Contains("Cây tổ chức", result.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("organisation tree", result.Out);
        foreach (var group in new[] { "orgunits", "users", "db", "demo" }) Assert.Contains(group, result.Out);
    }

    public void Dispose() => _cli.Dispose();
}
