using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class RegistersApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    private static object Delegation(int unitId, string people) => new
    {
        unitId,
        values = new Dictionary<string, string?> { ["Date"] = "12/12/2023", ["Partner"] = "Rikolto", ["Country"] = "BE", ["Purpose"] = "Khảo sát", ["People"] = people },
    };

    [Fact]
    public async Task Should_record_through_the_api_and_move_the_indicator()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var area = await UnitIdAsync("dt.tm");

        var created = await client.PostAsJsonAsync("/api/registers/delegations-in", Delegation(unit, "3"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var figures = await client.GetFromJsonAsync<JsonElement>($"/api/indicators?unit={area}&from=2023-01-01&to=2023-12-31");
        var visits = figures.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "delegations-in.visits");
        Assert.Equal(21, visits.GetProperty("value").GetInt32());
        Assert.Equal("lượt", visits.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Should_answer_a_negative_count_with_a_field_error()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var response = await client.PostAsJsonAsync("/api/registers/delegations-in?culture=en", Delegation(await UnitIdAsync("dt.tm.ubnd"), "-4"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("cannot be negative", problem.GetProperty("errors").GetProperty("People")[0].GetString());
    }

    [Fact]
    public async Task Should_refuse_a_people_count_of_1_5_rather_than_store_15()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var response = await client.PostAsJsonAsync("/api/registers/delegations-in", Delegation(await UnitIdAsync("dt.tm.ubnd"), "1.5"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Số người: '1.5' không phải cách viết số hợp lệ", problem.GetProperty("errors").GetProperty("People")[0].GetString());
        var grouped = await client.PostAsJsonAsync("/api/registers/delegations-in", Delegation(await UnitIdAsync("dt.tm.ubnd"), "1.234"));
        Assert.Equal(HttpStatusCode.Created, grouped.StatusCode);
    }

    [Fact]
    public async Task Should_refuse_another_units_figures()
    {
        using var client = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        var response = await client.GetAsync($"/api/indicators?unit={await UnitIdAsync("dt.tm")}&from=2023-01-01&to=2023-12-31");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Should_export_and_import_a_workbook_without_changes()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var export = await client.GetAsync("/api/registers/citizens-abroad/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var bytes = await export.Content.ReadAsByteArrayAsync();

        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(export.Content.Headers.ContentType!.ToString());
        form.Add(file, "file", "citizens-abroad.xlsx");
        var imported = await client.PostAsync("/api/registers/citizens-abroad/import", form);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var result = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 0, 0), (result.GetProperty("stored").GetInt32(), result.GetProperty("changed").GetInt32(), result.GetProperty("rejected").GetArrayLength()));
    }

    [Fact]
    public async Task Should_record_a_budget_line_and_name_a_bad_year_in_english()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var unitId = await UnitIdAsync("dt.tm.ubnd");
        object Line(string year) => new
        {
            unitId,
            values = new Dictionary<string, string?> { ["Year"] = year, ["Source"] = "Ngân sách", ["Planned"] = "10.000.000", ["Currency"] = "VND", ["Purpose"] = "Họp mặt kiều bào" },
        };

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/registers/budget", Line("2024"))).StatusCode);
        var bad = await client.PostAsJsonAsync("/api/registers/budget?culture=en", Line("224"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The year must be between 1990 and 2100.", problem.GetProperty("errors").GetProperty("Year")[0].GetString());
    }

    [Fact]
    public async Task Should_list_alerts_in_the_readers_units()
    {
        using var client = await App.ClientForAsync("ubnd.binhson", DemoPassword);
        var alerts = await client.GetFromJsonAsync<JsonElement>("/api/alerts");
        var slow = Assert.Single(alerts.EnumerateArray().ToList());
        Assert.Equal("DisbursementBehindPlan", slow.GetProperty("kind").GetString());
    }
}

public sealed class RegistersApiTests_Sqlite(SqliteDatabases d) : RegistersApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class RegistersApiTests_Postgres(PostgresDatabases d) : RegistersApiTests(d), IClassFixture<PostgresDatabases>;
