namespace HuuNghi.Cli.Tests.Commands;

public sealed class DemoCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_seed_the_demo_users()
    {
        var result = await _cli.RunAsync("demo", "seed");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("sngv.dongthap", result.Out);
        Assert.True(await _cli.CountUsersAsync() >= 8);
    }

    [Fact]
    public async Task Should_change_nothing_when_seeded_twice()
    {
        await _cli.RunAsync("demo", "seed");
        var users = await _cli.CountUsersAsync();

        var again = await _cli.RunAsync("demo", "seed");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(users, await _cli.CountUsersAsync());
    }

    public void Dispose() => _cli.Dispose();
}
