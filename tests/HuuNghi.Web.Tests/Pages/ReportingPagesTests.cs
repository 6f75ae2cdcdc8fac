using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Pages;

public abstract class ReportingPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    private async Task<int> DongThap2023Async()
    {
        using var api = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var rows = await api.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        return rows!.Single(r => r.GetProperty("period").GetString() == "2023").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Should_show_the_2023_request_its_reports_and_consolidation_in_both_languages()
    {
        var id = await DongThap2023Async();
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        Assert.Contains("313/KH-UBND", await focal.GetStringAsync("/Reporting"));
        var vi = await focal.GetStringAsync($"/Reporting/Request/{id}");
        Assert.Contains("50%", vi);
        Assert.Contains("Chưa gửi", vi);
        Assert.Contains("1807/SNGV-NV", vi);
        var en = await focal.GetStringAsync($"/Reporting/Request/{id}?culture=en");
        Assert.Contains("Reporting rate", en);
        Assert.Contains("Missing", en);
        Assert.Contains("17/01/2024", await focal.GetStringAsync($"/Reporting/Submission/{id}/{thapMuoi}?culture=vi"));
        Assert.Contains("125", await focal.GetStringAsync($"/Reporting/Consolidation/{id}"));
        var xlsx = await focal.GetAsync($"/Reporting/Consolidation/{id}?handler=Xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Kế hoạch 313/KH-UBND", await focal.GetStringAsync("/Reporting/Regimes"));
    }

    [Fact]
    public async Task Should_refuse_another_provinces_officer_the_request_page()
    {
        var id = await DongThap2023Async();
        using var other = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Reporting/Request/{id}")).StatusCode);
        Assert.DoesNotContain("313/KH-UBND", await other.GetStringAsync("/Reporting"));
    }
}

public sealed class ReportingPagesTests_Sqlite(SqliteDatabases d) : ReportingPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportingPagesTests_Postgres(PostgresDatabases d) : ReportingPagesTests(d), IClassFixture<PostgresDatabases>;
