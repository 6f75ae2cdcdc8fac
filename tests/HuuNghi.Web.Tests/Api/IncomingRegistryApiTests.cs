using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Web.Tests.Api;

public abstract class IncomingRegistryApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_receive_assign_and_handle_an_arrival_and_export_it()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");

        var created = await client.PostAsJsonAsync("/api/registry/incoming", new { unitId = thapMuoi, reference = "1807/SNGV-NV", stampedNumber = "12" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetInt32();
        var assign = await client.PostAsJsonAsync($"/api/registry/incoming/{id}/assign", new { handlerUnitId = thapMuoi, deadline = "2099-01-15" });
        var state = await client.PostAsJsonAsync($"/api/registry/incoming/{id}/state", new { state = "done", note = "Đã báo cáo" });
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/registry/incoming?unit={thapMuoi}&state=done");
        var xlsx = await client.GetAsync($"/api/registry/incoming/export?unit={thapMuoi}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (assign.StatusCode, state.StatusCode));
        var row = Assert.Single(list.GetProperty("rows").EnumerateArray());
        Assert.Equal((1, "Done", "2099-01-15", "Đã báo cáo"), (row.GetProperty("number").GetInt32(), row.GetProperty("state").GetString(),
            row.GetProperty("deadline").GetString(), row.GetProperty("note").GetString()));
        var line = XlsxWorkbook.Read(await xlsx.Content.ReadAsByteArrayAsync()).Rows.Single();
        Assert.Equal(("1807/SNGV-NV", "Sở Ngoại vụ tỉnh Đồng Tháp"), (line[3].TextValue, line[2].TextValue));
    }

    [Fact]
    public async Task Should_answer_403_to_an_officer_of_another_province_and_400_to_a_bad_state()
    {
        using var dongThap = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        using var quangNgai = await App.ClientForAsync("sngv.quangngai", DemoPassword);
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        var entry = await (await dongThap.PostAsJsonAsync("/api/registry/incoming", new { unitId = thapMuoi, reference = "1807/SNGV-NV" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = entry.GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/api/registry/incoming?unit={thapMuoi}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.GetAsync($"/api/registry/incoming/export?unit={thapMuoi}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.PostAsJsonAsync($"/api/registry/incoming/{id}/state", new { state = "done" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.PostAsJsonAsync($"/api/registry/incoming/{id}/assign",
            new { handlerUnitId = await UnitIdAsync("qng.sngv") })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await quangNgai.PostAsJsonAsync("/api/registry/incoming", new { unitId = thapMuoi, reference = "1807/SNGV-NV" })).StatusCode);
        var bad = await dongThap.PostAsJsonAsync($"/api/registry/incoming/{id}/state?culture=en", new { state = "finished" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("not valid", await bad.Content.ReadAsStringAsync());
        var twice = await dongThap.PostAsJsonAsync("/api/registry/incoming", new { unitId = thapMuoi, reference = "1807/SNGV-NV" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }
}

public sealed class IncomingRegistryApiTests_Sqlite(SqliteDatabases d) : IncomingRegistryApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class IncomingRegistryApiTests_Postgres(PostgresDatabases d) : IncomingRegistryApiTests(d), IClassFixture<PostgresDatabases>;
