using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class RegistryCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private async Task<string> UnitAsync(string code)
    {
        await _cli.RunAsync("orgunits", "list", "--json"); // creates and migrates the database
        var id = await CliHarness.QueryAsync(_cli.Db, db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Should_allocate_the_next_number_with_exactly_the_contracts_fields()
    {
        var unit = await UnitAsync("qng.sngv");

        var first = await _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", "BC-SNGV", "--json");
        var second = await _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", "KH-SNGV", "--json", "--title", "Kế hoạch công tác năm");

        Assert.True(first.ExitCode == 0, first.Error);
        var json = JsonDocument.Parse(second.Out).RootElement;
        Assert.Equal(["number", "symbol", "reference", "year", "issuedOn"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, JsonDocument.Parse(first.Out).RootElement.GetProperty("number").GetInt32());
        Assert.Equal((2, "KH-SNGV", "02/KH-SNGV"), (json.GetProperty("number").GetInt32(), json.GetProperty("symbol").GetString(), json.GetProperty("reference").GetString()));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        Assert.Equal(today.Year, json.GetProperty("year").GetInt32());
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), json.GetProperty("issuedOn").GetString());
    }

    [Fact]
    public async Task Should_never_repeat_or_skip_a_number_when_commands_run_at_once()
    {
        var unit = await UnitAsync("qng.sngv");

        var runs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", "BC-SNGV", "--json"))));

        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Error));
        Assert.Equal(Enumerable.Range(1, 8), runs.Select(r => JsonDocument.Parse(r.Out).RootElement.GetProperty("number").GetInt32()).Order());
    }

    [Theory]
    [InlineData("999999", "BC-UBND", "999999")]
    [InlineData(null, "BC UBND", "BC UBND")]
    public async Task Should_answer_an_unknown_unit_or_a_bad_symbol_with_exit_code_one_and_one_line_in_both_languages(string? unit, string symbol, string named)
    {
        unit ??= await UnitAsync("qng.sngv");

        var result = await _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", symbol, "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(named, line);
        Assert.Contains(" / ", line);
    }

    [Fact]
    public async Task Should_list_the_year_with_a_released_reservation_kept_as_cancelled()
    {
        var unit = await UnitAsync("qng.sngv");
        await _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", "BC-SNGV", "--reserve");
        await _cli.RunAsync("registry", "outgoing", "--unit", unit, "--symbol", "BC-SNGV", "--kind", "Báo cáo", "--title", "Kết quả quý IV");
        var list = JsonDocument.Parse((await _cli.RunAsync("registry", "list", "--unit", unit, "--json")).Out).RootElement;
        var reserved = list.GetProperty("rows")[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);

        var released = await _cli.RunAsync("registry", "release", reserved, "--reason", "Không ban hành");
        var after = await _cli.RunAsync("registry", "list", "--unit", unit);

        Assert.True(released.ExitCode == 0, released.Error);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal("Reserved", list.GetProperty("rows")[0].GetProperty("state").GetString());
        Assert.Contains("01/BC-SNGV", after.Out);
        Assert.Contains("Cancelled", after.Out);
        Assert.Contains("02/BC-SNGV", after.Out);
        Assert.Contains("Báo cáo Kết quả quý IV", after.Out);
        Assert.Equal(1, (await _cli.RunAsync("registry", "release", reserved)).ExitCode);
    }

    public void Dispose() => _cli.Dispose();
}
