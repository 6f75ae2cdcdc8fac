using System.Text.Json;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class OrgUnitsCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public sealed record Row(int Id, string Name, string Kind, string Level, int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo);

    /// <summary>
    /// The 1/7/2025 reform as the contract's JSON shows it: the district exists before and not after, and the
    /// commune hangs straight under the province. Shared with the PostgreSQL run so both providers answer alike.
    /// </summary>
    internal static async Task AssertTreeAcrossReformAsync(Func<string[], Task<CliResult>> run)
    {
        var before = await ListAsync(run, "2024-01-01");
        Assert.Contains(before, r => r.Name == "Huyện Tháp Mười");

        var after = await ListAsync(run, "2026-01-01");
        Assert.DoesNotContain(after, r => r.Name == "Huyện Tháp Mười");
        var commune = Assert.Single(after, r => r.Name == "Xã Tháp Mười");
        var parent = Assert.Single(after, r => r.Id == commune.ParentId);
        Assert.Equal("Tỉnh Đồng Tháp", parent.Name);
        Assert.Equal("Province", parent.Level);
    }

    private static async Task<List<Row>> ListAsync(Func<string[], Task<CliResult>> run, string asOf)
    {
        var result = await run(["orgunits", "list", "--as-of", asOf, "--json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        // Vietnamese stays readable in the output rather than \u-escaped.
        Assert.DoesNotContain("\\u", result.Out);
        return JsonSerializer.Deserialize<List<Row>>(result.Out, JsonSerializerOptions.Web)!;
    }

    [Fact]
    public Task Should_list_the_tree_as_it_stood_on_the_day() => AssertTreeAcrossReformAsync(_cli.RunAsync);

    [Fact]
    public async Task Should_print_the_contract_fields_in_camel_case()
    {
        var result = await _cli.RunAsync("orgunits", "list", "--as-of", "2024-01-01", "--json");

        using var json = JsonDocument.Parse(result.Out);
        var names = json.RootElement.EnumerateArray().First().EnumerateObject().Select(p => p.Name);
        Assert.Equal(["id", "name", "kind", "level", "parentId", "validFrom", "validTo", "identifierCode"], names);
    }

    [Fact]
    public async Task Should_print_a_readable_tree_without_json()
    {
        var result = await _cli.RunAsync("orgunits", "list", "--as-of", "2024-01-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\n    Huyện Tháp Mười", result.Out);
        Assert.DoesNotContain("\"id\"", result.Out);
    }

    [Fact]
    public async Task Should_refuse_a_bad_date_with_one_line_in_both_languages()
    {
        var result = await _cli.RunAsync("orgunits", "list", "--as-of", "2024-13-45");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("không hợp lệ", line);
        Assert.Contains("is not valid", line);
    }

    [Fact]
    public async Task Should_show_one_unit_with_its_parents()
    {
        var list = await _cli.RunAsync("orgunits", "list", "--as-of", "2026-01-01", "--json");
        var commune = JsonSerializer.Deserialize<List<Row>>(list.Out, JsonSerializerOptions.Web)!.Single(r => r.Name == "Xã Tháp Mười");

        var result = await _cli.RunAsync("orgunits", "show", commune.Id.ToString(), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Xã Tháp Mười", json.RootElement.GetProperty("name").GetString());
        Assert.Contains(json.RootElement.GetProperty("parents").EnumerateArray(), p => p.GetProperty("parentName").GetString() == "Tỉnh Đồng Tháp");
        Assert.Matches(@"^\d{3}\.\d{2}\.\d{2}\.H\d{2}$", json.RootElement.GetProperty("identifierCode").GetString());
        var text = await _cli.RunAsync("orgunits", "show", commune.Id.ToString());
        Assert.Contains("Mã định danh / Identifier code: ", text.Out);
    }

    [Fact]
    public async Task Should_answer_an_unknown_unit_with_exit_code_1()
    {
        var result = await _cli.RunAsync("orgunits", "show", "987654");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("987654", result.Error);
    }

    [Theory]
    [InlineData("dt.thapmuoi")]
    [InlineData("Xã Tháp Mười")]
    [InlineData("xa thap muoi")]
    public async Task Should_find_a_unit_by_its_code_or_its_name_with_or_without_diacritics(string typed)
    {
        var result = await _cli.RunAsync("orgunits", "show", typed, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Xã Tháp Mười", json.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Should_refuse_a_name_that_fits_several_units_and_list_them()
    {
        var result = await _cli.RunAsync("orgunits", "show", "Tháp Mười");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Huyện Tháp Mười", result.Error);
        Assert.Contains("Xã Tháp Mười", result.Error);
        Assert.Contains("several units", result.Error);
    }

    [Fact]
    public async Task Should_take_a_unit_name_wherever_a_command_takes_a_unit()
    {
        Assert.Equal(0, (await _cli.RunAsync("demo", "seed")).ExitCode);
        var result = await _cli.RunAsync("indicators", "--unit", "Huyện Tháp Mười", "--from", "2023-01-01", "--to", "2023-12-31", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var visits = json.RootElement.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "delegations-in.visits");
        Assert.Equal(20, visits.GetProperty("value").GetDecimal());
    }

    public void Dispose() => _cli.Dispose();
}
