using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Web.Tests.Api;

public abstract class RegistryApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_allocate_reserve_and_release_numbers_and_list_them_in_order()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var unit = await UnitIdAsync("dt.sngv");

        var first = await client.PostAsJsonAsync("/api/registry/outgoing", new { unitId = unit, symbol = "BC-SNGV", kindName = "Báo cáo", title = "Tình hình đối ngoại" });
        var reserved = await (await client.PostAsJsonAsync("/api/registry/outgoing", new { unitId = unit, symbol = "KH-SNGV", reserve = true })).Content.ReadFromJsonAsync<JsonElement>();
        var release = await client.PostAsJsonAsync($"/api/registry/outgoing/{reserved.GetProperty("id").GetInt32()}/release", new { reason = "Thôi ban hành" });
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/registry/outgoing?unit={unit}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((1, "01/BC-SNGV"), (body.GetProperty("number").GetInt32(), body.GetProperty("reference").GetString()));
        Assert.Equal(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year, body.GetProperty("year").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, release.StatusCode);
        var rows = list.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["01/BC-SNGV", "02/KH-SNGV"], rows.Select(r => r.GetProperty("reference").GetString()));
        Assert.Equal("Cancelled", rows[1].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Should_answer_403_to_an_officer_of_another_province_and_to_a_viewer()
    {
        using var quangNgai = await App.ClientForAsync("sngv.quangngai", DemoPassword);
        using var viewer = await App.ClientForAsync("xem.ninhbinh", DemoPassword);
        var dongThap = await UnitIdAsync("dt.sngv");
        var ninhBinh = await UnitIdAsync("nb.ubnd");

        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.PostAsJsonAsync("/api/registry/outgoing", new { unitId = dongThap, symbol = "BC-SNGV" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/api/registry/outgoing?unit={dongThap}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/api/registry/outgoing/export?unit={dongThap}&year=2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/registry/outgoing", new { unitId = ninhBinh, symbol = "BC-UBND" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/registry/outgoing?unit={ninhBinh}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync($"/api/registry/outgoing?unit={dongThap}")).StatusCode);
        Assert.Contains("/api/registry/outgoing/export", await App.Client().GetStringAsync("/openapi/v1.json"));
    }

    [Fact]
    public async Task Should_refuse_a_bad_symbol_with_400_and_export_the_demo_report_in_the_register_workbook()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var bad = await client.PostAsJsonAsync("/api/registry/outgoing?culture=en", new { unitId = await UnitIdAsync("dt.sngv"), symbol = "BC UBND" });
        var xlsx = await client.GetAsync($"/api/registry/outgoing/export?unit={await UnitIdAsync("dt.tm.ubnd")}&year=2024");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("document symbol", await bad.Content.ReadAsStringAsync());
        Assert.Equal(RegistersApiXlsx, xlsx.Content.Headers.ContentType?.MediaType);
        var row = XlsxWorkbook.Read(await xlsx.Content.ReadAsByteArrayAsync()).Rows.Single();
        Assert.Equal(("01/BC-UBND", new DateOnly(2024, 1, 17)), (row[0].TextValue, row[1].DateValue));
    }

    private const string RegistersApiXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public sealed class RegistryApiTests_Sqlite(SqliteDatabases d) : RegistryApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class RegistryApiTests_Postgres(PostgresDatabases d) : RegistryApiTests(d), IClassFixture<PostgresDatabases>;
