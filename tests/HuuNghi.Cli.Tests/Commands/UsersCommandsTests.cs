using System.Text.Json;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class UsersCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private async Task<int> ProvinceIdAsync()
    {
        var list = await _cli.RunAsync("orgunits", "list", "--as-of", "2026-01-01", "--json");
        using var json = JsonDocument.Parse(list.Out);
        return json.RootElement.EnumerateArray().First(r => r.GetProperty("name").GetString() == "Tỉnh Đồng Tháp").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Should_create_a_user_with_roles_and_units()
    {
        var province = await ProvinceIdAsync();

        var result = await _cli.RunAsync("users", "create", "--user", "canbo.dongthap", "--password", "mat-khau-2026",
            "--role", "focalofficer", "--unit", province.ToString(), "--full-name", "Nguyễn Thị Lan", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("canbo.dongthap", json.RootElement.GetProperty("userName").GetString());
        Assert.Equal("FocalOfficer", json.RootElement.GetProperty("roles")[0].GetString());
        Assert.Equal(1, await _cli.CountUsersAsync());
    }

    [Fact]
    public async Task Should_refuse_an_unknown_unit()
    {
        var result = await _cli.RunAsync("users", "create", "--user", "x", "--password", "mat-khau-2026", "--role", "Viewer", "--unit", "987654");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Không có đơn vị mã 987654", line);
        Assert.Contains("There is no unit with id 987654", line);
        Assert.Equal(0, await _cli.CountUsersAsync());
    }

    [Fact]
    public async Task Should_refuse_a_taken_user_name()
    {
        var province = (await ProvinceIdAsync()).ToString();
        await _cli.RunAsync("users", "create", "--user", "x", "--password", "mat-khau-2026", "--role", "Viewer", "--unit", province);

        var result = await _cli.RunAsync("users", "create", "--user", "x", "--password", "mat-khau-2026", "--role", "Viewer", "--unit", province);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is taken", result.Error);
    }

    [Fact]
    public async Task Should_exit_2_without_the_required_options()
    {
        var result = await _cli.RunAsync("users", "create", "--user", "x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
