using System.Text.Json;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class ReportingCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public async Task Should_list_the_demo_requests_and_their_rates_as_json()
    {
        await _cli.RunAsync("demo", "seed");

        var requests = await _cli.RunAsync("reporting", "requests", "--json");
        Assert.True(requests.ExitCode == 0, requests.Error);
        var rows = JsonDocument.Parse(requests.Out).RootElement.EnumerateArray().ToList();
        var dongThap = rows.Single(r => r.GetProperty("title").GetString()!.Contains("313/KH-UBND", StringComparison.Ordinal)
            && r.GetProperty("period").GetString() == "2023");
        Assert.Equal("2023", dongThap.GetProperty("period").GetString());
        Assert.Equal((2, 1, 1), (dongThap.GetProperty("expected").GetInt32(), dongThap.GetProperty("submitted").GetInt32(), dongThap.GetProperty("onTime").GetInt32()));

        var rates = await _cli.RunAsync("reporting", "rates", dongThap.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.True(rates.ExitCode == 0, rates.Error);
        var r = JsonDocument.Parse(rates.Out).RootElement;
        Assert.Equal(0.5m, r.GetProperty("rate").GetDecimal());
        Assert.Equal(0.5m, r.GetProperty("onTimeRate").GetDecimal());
        var units = r.GetProperty("units").EnumerateArray().ToList();
        Assert.Contains(units, u => u.GetProperty("status").GetString() == "Submitted" && u.GetProperty("submittedAt").GetDateTime() == new DateTime(2024, 1, 17, 2, 30, 0));
        Assert.Contains(units, u => u.GetProperty("status").GetString() == "Missing");
    }

    [Fact]
    public async Task Should_answer_an_unknown_request_with_exit_code_one()
    {
        var result = await _cli.RunAsync("reporting", "rates", "999999");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("999999", result.Error);
    }

    public void Dispose() => _cli.Dispose();
}
