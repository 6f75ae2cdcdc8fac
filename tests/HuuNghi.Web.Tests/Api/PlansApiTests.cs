using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class PlansApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_complete_the_demo_plan_from_its_file_with_every_lead_matched()
    {
        using var client = await App.ClientForAsync("bdv.tayninh", DemoPassword);
        var upload = new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Seeds.Path("002"))), "file", "002.txt" } };
        var response = await client.PostAsync("/api/documents", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var documents = (await response.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("documents").EnumerateArray().ToList();
        Assert.All(documents, d => Assert.Equal(JsonValueKind.Number, d.GetProperty("planId").ValueKind));

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/plans/83-KH/TU");
        var tasks = plan.GetProperty("tasks").EnumerateArray().ToList();
        Assert.Equal(16, tasks.Count);
        Assert.All(tasks.SelectMany(t => t.GetProperty("lead").EnumerateArray()), l =>
            Assert.True(l.GetProperty("orgUnitId").ValueKind == JsonValueKind.Number || l.GetProperty("orgUnitIds").ValueKind == JsonValueKind.Array));

        var table = await client.GetAsync($"/api/plans/id/{plan.GetProperty("id").GetInt32()}/table?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await table.Content.ReadAsByteArrayAsync())[..2]));
    }

    [Fact]
    public async Task Should_refuse_other_units_and_anonymous_callers()
    {
        using var anonymous = App.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/plans/83-KH/TU")).StatusCode);
        using var hoaAn = await App.ClientForAsync("ubnd.hoaan", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await hoaAn.GetAsync("/api/plans/83-KH/TU")).StatusCode);

        using var women = await App.ClientForAsync("hlhpn.tayninh", DemoPassword);
        var plan = await women.GetFromJsonAsync<JsonElement>("/api/plans/578-CV/BDVTU");
        var taskId = plan.GetProperty("tasks")[0].GetProperty("id").GetInt32();
        var units = await women.GetFromJsonAsync<JsonElement>("/api/plans/tasks");
        var mine = units.EnumerateArray().First(r => r.GetProperty("taskId").GetInt32() == taskId).GetProperty("orgUnitId").GetInt32();
        var ok = await women.PostAsJsonAsync($"/api/plans/tasks/{taskId}/progress", new { orgUnitId = mine, on = "2022-08-01", text = "Báo cáo bổ sung", done = true });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var foreign = await hoaAn.PostAsJsonAsync($"/api/plans/tasks/{taskId}/progress", new { orgUnitId = mine, on = "2022-08-01", text = "Không phải đơn vị mình", done = true });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
    }
}

public sealed class PlansApiTests_Sqlite(SqliteDatabases d) : PlansApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class PlansApiTests_Postgres(PostgresDatabases d) : PlansApiTests(d), IClassFixture<PostgresDatabases>;
