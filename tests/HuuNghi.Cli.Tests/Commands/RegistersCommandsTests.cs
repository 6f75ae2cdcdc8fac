using System.Text.Json;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

public sealed class RegistersCommandsTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private Task<int> UnitIdAsync(string code) => CliHarness.QueryAsync(_cli.Db, db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Should_give_Thap_Muoi_its_2023_figures_as_json()
    {
        await _cli.RunAsync("demo", "seed");
        var thapMuoi = await UnitIdAsync("dt.tm");

        var result = await _cli.RunAsync("indicators", "--unit", thapMuoi.ToString(), "--from", "2023-01-01", "--to", "2023-12-31", "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var figures = JsonDocument.Parse(result.Out).RootElement.EnumerateArray()
            .ToDictionary(e => e.GetProperty("code").GetString()!, e => e.GetProperty("value").GetDecimal());
        Assert.Equal(20, figures["delegations-in.visits"]);
        Assert.Equal((125m, 107m, 18m), (figures["citizens-abroad.total"], figures["citizens-abroad.JP"], figures["citizens-abroad.KR"]));
        Assert.Contains("\"unit\": \"lượt\"", result.Out);
    }

    [Fact]
    public async Task Should_import_an_export_back_without_changes()
    {
        await _cli.RunAsync("demo", "seed");
        var file = Path.Combine(_cli.Folder, "agreements.xlsx");
        Assert.Equal(0, (await _cli.RunAsync("registers", "export", "agreements", "--out", file)).ExitCode);

        var result = await _cli.RunAsync("registers", "import", "agreements", file, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(6, json.GetProperty("stored").GetInt32());
        Assert.Equal(0, json.GetProperty("changed").GetInt32());
        Assert.Equal(0, json.GetProperty("rejected").GetArrayLength());
    }

    [Theory]
    [InlineData("budget", 4)]
    [InlineData("commendations", 2)]
    [InlineData("officers", 3)]
    public async Task Should_round_trip_the_budget_commendations_and_officers_registers(string register, int rows)
    {
        await _cli.RunAsync("demo", "seed");
        var file = Path.Combine(_cli.Folder, register + ".xlsx");
        var export = await _cli.RunAsync("registers", "export", register, "--out", file);
        Assert.True(export.ExitCode == 0, export.Error);
        var before = XlsxWorkbook.Read(new MemoryStream(await File.ReadAllBytesAsync(file))).Rows.Select(r => r.Cells.ToList()).ToList();

        var result = await _cli.RunAsync("registers", "import", register, file, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal((rows, 0, 0), (json.GetProperty("stored").GetInt32(), json.GetProperty("changed").GetInt32(), json.GetProperty("rejected").GetArrayLength()));
        var again = Path.Combine(_cli.Folder, register + "-again.xlsx");
        Assert.Equal(0, (await _cli.RunAsync("registers", "export", register, "--out", again)).ExitCode);
        Assert.Equal(before, XlsxWorkbook.Read(new MemoryStream(await File.ReadAllBytesAsync(again))).Rows.Select(r => r.Cells.ToList()).ToList());
    }

    [Fact]
    public async Task Should_store_the_good_rows_and_name_the_bad_one()
    {
        var file = Path.Combine(_cli.Folder, "citizens.xlsx");
        XlsxValue[] Row(string country, long count) =>
            [XlsxValue.Text("dt.tm.ubnd"), XlsxValue.Date(new DateOnly(2023, 12, 31)), XlsxValue.Text(country), XlsxValue.Text("Lao động"), XlsxValue.Integer(count)];
        string[] headers = ["Mã đơn vị", "Ngày thống kê", "Quốc gia", "Mục đích", "Số người"];
        await File.WriteAllBytesAsync(file, XlsxWorkbook.Write(new XlsxSheet("Công dân",
            headers.Select(h => new XlsxColumn(h)).ToList(), [Row("Nhật Bản", 107), Row("Atlantis", 3), Row("Hàn Quốc", 18)])));

        var result = await _cli.RunAsync("registers", "import", "citizens-abroad", file, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(2, json.GetProperty("stored").GetInt32());
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray().ToList());
        Assert.Equal(3, rejected.GetProperty("row").GetInt32());
        Assert.Contains("Atlantis", rejected.GetProperty("errors")[0].GetString());
    }

    [Fact]
    public async Task Should_exit_1_for_an_unknown_register_or_a_missing_file()
    {
        var unknown = await _cli.RunAsync("registers", "export", "nope", "--out", Path.Combine(_cli.Folder, "x.xlsx"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("delegations-in", unknown.Error);
        var missing = await _cli.RunAsync("registers", "import", "trainings", Path.Combine(_cli.Folder, "none.xlsx"));
        Assert.Equal(1, missing.ExitCode);
    }

    public void Dispose() => _cli.Dispose();
}
