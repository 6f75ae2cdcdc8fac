using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>Issue 13: the request page and the rates API list the expected units a page at a time, by status.</summary>
public abstract class RequestPagingTests(IDatabaseFactory databases) : WebTest(databases)
{
    private async Task<int> DongThap2023Async(HttpClient api)
    {
        var rows = await api.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests");
        return rows!.Single(r => r.GetProperty("period").GetString() == "2023").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Should_page_and_filter_the_rates_and_keep_the_full_list_by_default()
    {
        using var api = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await DongThap2023Async(api);
        var full = await api.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/rates");
        Assert.False(full.TryGetProperty("unitCount", out _));
        var all = full.GetProperty("units").EnumerateArray().Select(u => (Id: u.GetProperty("orgUnitId").GetInt32(), Status: u.GetProperty("status").GetString())).ToList();
        Assert.True(all.Count >= 2);

        var second = await api.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/rates?page=2&pageSize=1");
        Assert.Equal(all[1].Id, Assert.Single(second.GetProperty("units").EnumerateArray()).GetProperty("orgUnitId").GetInt32());
        Assert.Equal(all.Count, second.GetProperty("unitCount").GetInt32());
        Assert.Equal(full.GetProperty("expected").GetInt32(), second.GetProperty("expected").GetInt32());

        var missing = await api.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/rates?status=Missing&pageSize=100000");
        Assert.Equal(1000, missing.GetProperty("pageSize").GetInt32());
        Assert.Equal(all.Count(u => u.Status == "Missing"), missing.GetProperty("unitCount").GetInt32());
        Assert.All(missing.GetProperty("units").EnumerateArray(), u => Assert.Equal("Missing", u.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Should_show_only_the_units_of_the_chosen_status_on_the_request_page()
    {
        using var api = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var id = await DongThap2023Async(api);
        var full = await api.GetFromJsonAsync<JsonElement>($"/api/reporting/requests/{id}/rates");
        var statuses = full.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("status").GetString()).ToList();

        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var everything = await focal.GetStringAsync($"/Reporting/Request/{id}");
        Assert.Equal(statuses.Count, Regex.Count(everything, $"<td><a href=\"/Reporting/Submission/{id}/"));
        var missing = await focal.GetStringAsync($"/Reporting/Request/{id}?Status=Missing");
        Assert.Equal(statuses.Count(s => s == "Missing"), Regex.Count(missing, $"<td><a href=\"/Reporting/Submission/{id}/"));
        Assert.Contains("data-testid=\"status-filter\"", missing);
    }
}

public sealed class RequestPagingTests_Sqlite(SqliteDatabases d) : RequestPagingTests(d), IClassFixture<SqliteDatabases>;
public sealed class RequestPagingTests_Postgres(PostgresDatabases d) : RequestPagingTests(d), IClassFixture<PostgresDatabases>;
