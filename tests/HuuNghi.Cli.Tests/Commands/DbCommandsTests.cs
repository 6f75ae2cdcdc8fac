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

    public void Dispose() => _cli.Dispose();
}
