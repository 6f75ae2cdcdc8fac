using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class OrgUnitsApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_give_a_district_officer_403_on_another_districts_unit()
    {
        using var client = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var own = await UnitIdAsync("dt.tm.ubnd");
        var other = await UnitIdAsync("qng.bs.ubnd");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/orgunits/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/orgunits/{other}")).StatusCode);
        var put = await client.PutAsJsonAsync($"/api/orgunits/{other}", new { name = "Đổi tên trái phép", version = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task Should_list_the_tree_as_of_a_day_within_the_users_scope()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var before = await client.GetFromJsonAsync<JsonElement[]>("/api/orgunits?asOf=2024-01-01");
        var after = await client.GetFromJsonAsync<JsonElement[]>("/api/orgunits?asOf=2026-01-01");
        Assert.Contains(before!, u => u.GetProperty("name").GetString() == "Huyện Tháp Mười");
        Assert.DoesNotContain(after!, u => u.GetProperty("name").GetString() == "Huyện Tháp Mười");
        Assert.DoesNotContain(before!, u => u.GetProperty("name").GetString()!.Contains("Bình Sơn"));
    }

    [Fact]
    public async Task Should_answer_409_to_the_second_of_two_concurrent_edits()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await UnitIdAsync("dt.sngv");
        var unit = await client.GetFromJsonAsync<JsonElement>($"/api/orgunits/{id}");
        var version = unit.GetProperty("version").GetInt32();
        var first = await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "Sở Ngoại vụ tỉnh Đồng Tháp", shortName = "SNgV", version });
        var second = await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "Sở Ngoại vụ Đồng Tháp", version });
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("người khác", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_bad_input_with_problem_details_beside_the_field()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await UnitIdAsync("dt.sngv");
        var response = await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "", version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("không được để trống", problem.GetProperty("errors").GetProperty("Name")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/orgunits/987654")).StatusCode);
    }

    [Fact]
    public async Task Should_audit_an_edit_made_through_the_api()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await UnitIdAsync("dt.sngv");
        await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "Sở Ngoại vụ tỉnh Đồng Tháp", shortName = "SNgV", version = 0 });
        var audit = await client.GetFromJsonAsync<JsonElement>($"/api/audit?entityType=OrgUnit&entityId={id}");
        var rows = audit.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("userName").GetString() == "sngv.dongthap" && r.GetProperty("after").GetString()!.Contains("SNgV"));
    }

    [Fact]
    public async Task Should_carry_the_identifier_code_and_refuse_a_bad_one_in_both_languages()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await UnitIdAsync("dt.sngv");
        var tree = await client.GetFromJsonAsync<JsonElement[]>("/api/orgunits?asOf=2026-01-01");
        var row = Assert.Single(tree!, u => u.GetProperty("id").GetInt32() == id);
        Assert.Matches(@"^\d{3}\.\d{2}\.\d{2}\.H\d{2}$", row.GetProperty("identifierCode").GetString());

        var bad = await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "Sở Ngoại vụ tỉnh Đồng Tháp", version = 0, identifierCode = "H03.05" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var message = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("IdentifierCode")[0].GetString();
        Assert.Contains("không đúng cấu trúc", message);

        var good = await client.PutAsJsonAsync($"/api/orgunits/{id}", new { name = "Sở Ngoại vụ tỉnh Đồng Tháp", version = 0, identifierCode = "000.00.00.H87" });
        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal("000.00.00.H87", (await client.GetFromJsonAsync<JsonElement>($"/api/orgunits/{id}")).GetProperty("identifierCode").GetString());
        var other = await UnitIdAsync("qng.bs.ubnd");
        var forbidden = await client.PutAsJsonAsync($"/api/orgunits/{other}", new { name = "Ủy ban nhân dân huyện Bình Sơn", version = 0, identifierCode = "000.00.00.H86" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}

public sealed class OrgUnitsApiTests_Sqlite(SqliteDatabases d) : OrgUnitsApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class OrgUnitsApiTests_Postgres(PostgresDatabases d) : OrgUnitsApiTests(d), IClassFixture<PostgresDatabases>;
