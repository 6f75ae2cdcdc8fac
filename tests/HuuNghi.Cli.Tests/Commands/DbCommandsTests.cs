using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class DbCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_create_the_database_file_on_a_fresh_path()
    {
        var file = Path.Combine(_cli.Folder, "nested", "fresh.db");

        var result = await CliHarness.RawAsync("db", "migrate", "--db", "sqlite:" + file);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(file));
        Assert.Contains(file, result.Out);
    }

    [Fact]
    public async Task Should_migrate_an_existing_database_again_without_harm()
    {
        await _cli.RunAsync("db", "migrate");

        var result = await _cli.RunAsync("db", "migrate", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"migrated\"", result.Out);
    }

    [Fact]
    public async Task Should_never_print_a_password()
    {
        // Port 1 refuses at once: the failure message still names the target, and must leave the password out.
        var result = await CliHarness.RawAsync("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=u;Password=s3cr3t-pw;Timeout=3");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("s3cr3t-pw", result.Out + result.Error);
        Assert.Contains("Port=1", result.Error);
    }

    [Fact]
    public Task Should_rebuild_a_deleted_org_closure_with_db_refresh_and_say_what_it_rebuilt() =>
        AssertRefreshRebuildsAsync(args => _cli.RunAsync(args), _cli.Db);

    /// <summary>Shared with the PostgreSQL run: refresh reports each part, and puts back a closure deleted behind the app's back.</summary>
    internal static async Task AssertRefreshRebuildsAsync(Func<string[], Task<CliResult>> run, string db)
    {
        var first = await run(["db", "refresh", "--json"]);
        Assert.True(first.ExitCode == 0, first.Error);
        var parts = JsonDocument.Parse(first.Out).RootElement.GetProperty("refreshed").EnumerateArray()
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("rows").GetInt32());
        Assert.Contains("document-search", parts.Keys);
        var rows = parts["org-closure"];
        Assert.Equal(rows, await CliHarness.QueryAsync(db, d => d.OrgUnitClosures.CountAsync()));
        Assert.True(rows > await CliHarness.QueryAsync(db, d => d.OrgUnits.CountAsync()), "every unit has its own row and most have ancestors");

        await CliHarness.QueryAsync(db, d => d.OrgUnitClosures.ExecuteDeleteAsync());
        var again = await run(["db", "refresh"]);

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"org-closure: {rows}", again.Out);
        Assert.Contains("Đã dựng lại", again.Out);
        Assert.Equal(rows, await CliHarness.QueryAsync(db, d => d.OrgUnitClosures.CountAsync()));
    }

    public void Dispose() => _cli.Dispose();
}
