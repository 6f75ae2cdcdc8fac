using System.Globalization;
using System.Text.Json;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Writing.Xlsx;
using HuuNghi.Testing;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

public abstract class ReportCommandsTests(IDatabaseFactory databases) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly string _folder = Directory.CreateTempSubdirectory("huunghi-report-").FullName;

    public async Task InitializeAsync() => _database = await databases.CreateAsync();

    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private Task<CliResult> RunAsync(params string[] args) => CliHarness.RawAsync([.. args, "--db", _database.DbArgument]);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Seeds the demo and gives Đồng Tháp's 2023 request (Tháp Mười submitted, Mỹ An missing).</summary>
    private async Task<int> DongThap2023Async()
    {
        var seed = await RunAsync("demo", "seed");
        Assert.True(seed.ExitCode == 0, seed.Error);
        var requests = await RunAsync("reporting", "requests", "--json");
        return JsonDocument.Parse(requests.Out).RootElement.EnumerateArray()
            .Single(r => r.GetProperty("period").GetString() == "2023" && r.GetProperty("title").GetString()!.Contains("313/KH-UBND", StringComparison.Ordinal))
            .GetProperty("id").GetInt32();
    }

    private Task<int> UnitIdAsync(string code) =>
        CliHarness.QueryAsync(_database.DbArgument, db => db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    [Fact]
    public async Task Should_write_thap_muois_sealed_2023_report_as_docx_and_xlsx()
    {
        var request = await DongThap2023Async();
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        var docx = Path.Combine(_folder, "new-folder", "thap-muoi.docx");

        var result = await RunAsync("report", "write", "--request", Id(request), "--unit", Id(thapMuoi), "--out", docx, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        var output = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(docx, output.GetProperty("file").GetString());
        Assert.Equal(new FileInfo(docx).Length, output.GetProperty("bytes").GetInt32());
        var parsed = Assert.Single(DocumentParser.ParseFile(docx).Documents);
        Assert.Equal("report", parsed.Kind);
        // The parser gives the issuer in sentence case ("Ủy ban nhân dân huyện Tháp Mười") whatever the header's capitals.
        Assert.Contains("THÁP MƯỜI", parsed.Issuer!.ToUpperInvariant());
        Assert.Equal("Đoàn Thanh Bình", parsed.Signer?.Name);
        Assert.Equal(["Sở Ngoại vụ tỉnh Đồng Tháp"], parsed.Addressees);
        var text = DocumentReader.Read(docx).Text!;
        Assert.Contains("20 lượt", text);
        Assert.Contains("Rikolto (03 lượt)", text);

        var xlsx = Path.Combine(_folder, "thap-muoi.xlsx");
        var human = await RunAsync("report", "write", "--request", Id(request), "--unit", Id(thapMuoi), "--out", xlsx);
        Assert.True(human.ExitCode == 0, human.Error);
        Assert.Contains("Đã ghi / Wrote", human.Out);
        Assert.NotEmpty(XlsxWorkbook.Read(await File.ReadAllBytesAsync(xlsx)).Rows);
    }

    [Fact]
    public async Task Should_refuse_another_extension_and_an_unknown_request_with_exit_code_one()
    {
        var txt = await RunAsync("report", "write", "--request", "1", "--unit", "1", "--out", Path.Combine(_folder, "a.txt"));
        Assert.Equal(1, txt.ExitCode);
        Assert.Contains("DOCX, PDF", txt.Error);
        Assert.Single(txt.Error.Trim().Split('\n'));

        var unknown = await RunAsync("report", "write", "--request", "999999", "--unit", "1", "--out", Path.Combine(_folder, "a.docx"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("999999", unknown.Error);
        Assert.False(File.Exists(Path.Combine(_folder, "a.docx")));
    }

    [Fact]
    public async Task Should_write_the_consolidated_report_naming_the_units_that_did_not_report()
    {
        var request = await DongThap2023Async();
        var docx = Path.Combine(_folder, "tong-hop.docx");

        var result = await RunAsync("report", "consolidate", "--request", Id(request), "--out", docx, "--json");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("Chưa cấu hình người ký", result.Error);
        Assert.NotEmpty(JsonDocument.Parse(result.Out).RootElement.GetProperty("warnings").EnumerateArray());
        var rates = await RunAsync("reporting", "rates", Id(request), "--json");
        var missing = JsonDocument.Parse(rates.Out).RootElement.GetProperty("units").EnumerateArray()
            .Single(u => u.GetProperty("status").GetString() == "Missing").GetProperty("name").GetString()!;
        Assert.Contains(missing, DocumentReader.Read(docx).Text!);
    }
}

public sealed class ReportCommandsTests_Sqlite(SqliteDatabases d) : ReportCommandsTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportCommandsTests_Postgres(PostgresDatabases d) : ReportCommandsTests(d), IClassFixture<PostgresDatabases>;
