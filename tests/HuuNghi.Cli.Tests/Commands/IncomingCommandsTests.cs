using System.Globalization;
using System.Text.Json;
using HuuNghi.Testing;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class IncomingCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_receive_a_stored_document_by_hand_and_list_the_incoming_register_by_state()
    {
        var seed = Seeds.Path("002");
        Assert.Equal(0, (await _cli.RunAsync("documents", "import", seed, "--json")).ExitCode);
        var unit = (await CliHarness.QueryAsync(_cli.Db, db => db.OrgUnits.Where(u => u.Code == "tn.ldld").Select(u => u.Id).SingleAsync()))
            .ToString(CultureInfo.InvariantCulture);

        var received = await _cli.RunAsync("registry", "receive", "83-KH/TU", "--unit", unit, "--deadline", "2099-12-31", "--stamped", "578", "--json");
        Assert.True(received.ExitCode == 0, received.Error);
        var id = JsonDocument.Parse(received.Out).RootElement.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture);
        Assert.Equal(0, (await _cli.RunAsync("registry", "handle", id, "in-progress", "--json")).ExitCode);

        var list = await _cli.RunAsync("registry", "incoming", "--unit", "tn.ldld", "--state", "in-progress", "--json");
        Assert.True(list.ExitCode == 0, list.Error);
        var row = Assert.Single(JsonDocument.Parse(list.Out).RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("83-KH/TU", 1, "578", "InProgress", "2099-12-31"), (row.GetProperty("reference").GetString(), row.GetProperty("number").GetInt32(),
            row.GetProperty("stampedNumber").GetString(), row.GetProperty("state").GetString(), row.GetProperty("deadline").GetString()));
        var none = await _cli.RunAsync("registry", "incoming", "--unit", "tn.ldld", "--state", "done", "--json");
        Assert.Empty(JsonDocument.Parse(none.Out).RootElement.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task Should_answer_a_bad_state_or_a_second_entry_with_exit_code_one_in_both_languages()
    {
        Assert.Equal(0, (await _cli.RunAsync("documents", "import", Seeds.Path("002"), "--json")).ExitCode);

        var bad = await _cli.RunAsync("registry", "incoming", "--unit", "tn.ldld", "--state", "finished", "--json");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains(" / ", Assert.Single(bad.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(0, (await _cli.RunAsync("registry", "receive", "83-KH/TU", "--unit", "tn.ldld")).ExitCode);
        var twice = await _cli.RunAsync("registry", "receive", "83-KH/TU", "--unit", "tn.ldld");
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("đã vào sổ văn bản đến", twice.Error);
    }

    public void Dispose() => _cli.Dispose();
}
