using System.Text.Json;
using HuuNghi.Testing;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class PlansCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_show_plan_83_with_every_lead_matched_after_import()
    {
        var imported = await _cli.RunAsync(["documents", "import", Seeds.Path("002"), "--json"]);
        Assert.True(imported.ExitCode == 0, imported.Error);
        var plan83 = JsonDocument.Parse(imported.Out).RootElement.EnumerateArray().Single(d => d.GetProperty("reference").GetString() == "83-KH/TU");
        var planId = plan83.GetProperty("planId").GetInt32();

        var shown = await _cli.RunAsync(["plans", "show", "83-KH/TU", "--json"]);
        Assert.True(shown.ExitCode == 0, shown.Error);
        var plan = JsonDocument.Parse(shown.Out).RootElement;
        Assert.Equal(planId, plan.GetProperty("id").GetInt32());
        Assert.Equal("83-KH/TU", plan.GetProperty("reference").GetString());
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(16, tasks.Count);
        foreach (var lead in tasks.SelectMany(t => t.GetProperty("lead").EnumerateArray()))
            Assert.True(lead.GetProperty("orgUnitId").ValueKind == JsonValueKind.Number || lead.GetProperty("orgUnitIds").ValueKind == JsonValueKind.Array,
                lead.GetProperty("name").GetString());
        Assert.Equal("not-started", tasks[0].GetProperty("status").GetString());
        Assert.Equal("ongoing", tasks[0].GetProperty("timeframe").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Should_list_the_units_that_must_act_with_their_implementing_plans()
    {
        await _cli.RunAsync(["documents", "import", Seeds.Path("002"), "--json"]);
        var result = await _cli.RunAsync(["plans", "compliance", "83-KH/TU", "--as-of", "2022-12-31", "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var units = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.All(units, u => Assert.True(u.TryGetProperty("orgUnitId", out _) && u.TryGetProperty("tasks", out _) && u.TryGetProperty("done", out _) && u.TryGetProperty("overdue", out _)));
        var bdv = units.Single(u => u.GetProperty("name").GetString() == "Ban Dân vận Tỉnh ủy Tây Ninh");
        Assert.Contains(bdv.GetProperty("implementingPlans").EnumerateArray(), p => p.GetProperty("reference").GetString() == "578-CV/BDVTU");
    }

    [Fact]
    public async Task Should_exit_1_with_a_message_for_an_unknown_plan()
    {
        var result = await _cli.RunAsync(["plans", "show", "999-KH/XX", "--json"]);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("999-KH/XX", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
