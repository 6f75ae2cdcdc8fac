using System.Net;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>Issue 13: a page carries the chosen unit and a search box, never a drop-down of every unit in scope.</summary>
public abstract class UnitPickerPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_not_put_an_option_per_unit_on_the_unit_pages()
    {
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var thapMuoi = await UnitIdAsync("dt.tm");
        var binhSon = await UnitIdAsync("qng.bs");
        foreach (var url in new[] { $"/Registers?register=delegations-in&UnitId={thapMuoi}", $"/Registers/Edit?register=delegations-in", $"/Indicators?UnitId={thapMuoi}", $"/Registry?UnitId={thapMuoi}", "/Users" })
        {
            var page = await admin.GetStringAsync(url);
            Assert.Contains("data-unit-picker", page);
            Assert.DoesNotContain("<select id=\"UnitId\"", page);
            Assert.DoesNotContain($"<option value=\"{binhSon}\"", page);
        }
        var filtered = await admin.GetStringAsync($"/Registers?register=delegations-in&UnitId={thapMuoi}");
        Assert.Matches($"<input type=\"hidden\" id=\"UnitId\" name=\"UnitId\" value=\"{thapMuoi}\"", filtered);
        Assert.Contains("value=\"Huyện Tháp Mười", filtered);
    }

    [Fact]
    public async Task Should_find_units_by_folded_name_within_the_readers_scope_only()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var found = await SearchAsync(officer, "/OrgUnits?handler=Search&q=thap%20muoi");
        Assert.Contains(await UnitIdAsync("dt.tm"), found.Ids);
        Assert.Empty((await SearchAsync(officer, "/OrgUnits?handler=Search&q=binh%20son")).Ids);
        Assert.Empty((await SearchAsync(officer, "/OrgUnits?handler=Search&q=qng.bs")).Ids);

        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var byCode = await SearchAsync(admin, "/OrgUnits?handler=Search&q=qng.bs");
        Assert.Equal(await UnitIdAsync("qng.bs"), byCode.Ids[0]);
    }

    [Fact]
    public async Task Should_bound_a_search_and_say_there_is_more()
    {
        using var admin = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var all = await SearchAsync(admin, "/api/orgunits/search?q=&limit=100000");
        Assert.Equal(20, all.Ids.Count);
        Assert.True(all.More);
        var one = await SearchAsync(admin, "/api/orgunits/search?q=ubnd&limit=1");
        Assert.Single(one.Ids);
        using var anonymous = App.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/orgunits/search?q=thap")).StatusCode);
    }

    [Fact]
    public async Task Should_open_one_level_of_the_tree_within_scope()
    {
        using var admin = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var dongThap = await UnitIdAsync("dt");
        var thapMuoi = await UnitIdAsync("dt.tm");
        var before = await IdsAsync(admin, $"/api/orgunits/{dongThap}/children?asOf=2024-01-01");
        Assert.Contains(thapMuoi, before);
        Assert.DoesNotContain(await UnitIdAsync("dt.tm.ubnd"), before);
        Assert.DoesNotContain(thapMuoi, await IdsAsync(admin, $"/api/orgunits/{dongThap}/children?asOf=2026-01-01"));

        using var officer = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/OrgUnits?handler=Children&id={dongThap}&asOf=2024-01-01")).StatusCode);
        var own = await officer.GetStringAsync($"/OrgUnits?handler=Children&id={await UnitIdAsync("qng.bs")}&asOf=2024-01-01");
        Assert.Contains(await UnitIdAsync("qng.bs.ubnd"), Ids(own));
    }

    [Fact]
    public async Task Should_draw_the_org_tree_one_level_below_the_top_and_open_the_path_to_a_unit()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var top = await officer.GetStringAsync("/OrgUnits?AsOf=2024-01-01");
        Assert.Contains(">Huyện Tháp Mười</a>", top);
        Assert.DoesNotContain("Thị trấn Mỹ An", top);

        var myAn = (await SearchAsync(officer, "/OrgUnits?handler=Search&q=thi%20tran%20my%20an&asOf=2024-01-01")).Ids[0];
        var opened = await officer.GetStringAsync($"/OrgUnits?AsOf=2024-01-01&Open={myAn}");
        Assert.Contains($"data-unit-id=\"{myAn}\" data-unit-name=\"Thị trấn Mỹ An\"", opened);
        Assert.Contains(">Thị trấn Mỹ An</a>", opened);
        var nodes = await officer.GetStringAsync($"/OrgUnits?handler=Nodes&id={await UnitIdAsync("dt.tm")}&AsOf=2024-01-01");
        Assert.Contains(">Thị trấn Mỹ An</a>", nodes);
        Assert.DoesNotContain("<html", nodes);
        Assert.DoesNotContain(">Huyện Tháp Mười</a>", await officer.GetStringAsync("/OrgUnits?AsOf=2026-01-01"));
    }

    private sealed record Found(List<int> Ids, bool More);

    private static async Task<Found> SearchAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return new(json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList(),
            json.RootElement.GetProperty("more").GetBoolean());
    }

    private static async Task<List<int>> IdsAsync(HttpClient client, string url) => Ids(await client.GetStringAsync(url));

    private static List<int> Ids(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
    }
}

public sealed class UnitPickerPagesTests_Sqlite(SqliteDatabases d) : UnitPickerPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class UnitPickerPagesTests_Postgres(PostgresDatabases d) : UnitPickerPagesTests(d), IClassFixture<PostgresDatabases>;
