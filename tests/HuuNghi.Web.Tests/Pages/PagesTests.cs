using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

public abstract partial class PagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_send_anonymous_visitors_to_the_login_page()
    {
        using var client = App.Client();
        var response = await client.GetAsync("/OrgUnits");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Should_serve_the_login_page_in_vietnamese_and_in_english_on_request()
    {
        using var client = App.Client();
        Assert.Contains("Đăng nhập", await client.GetStringAsync("/Account/Login"));
        Assert.Contains("Sign in", await client.GetStringAsync("/Account/Login?culture=en"));
    }

    [Fact]
    public async Task Should_refuse_a_form_post_without_the_antiforgery_token()
    {
        using var client = App.Client();
        var response = await client.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "admin", ["Password"] = TestWebApp.AdminPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Should_reference_only_assets_served_by_the_app()
    {
        using var client = App.Client();
        var html = await client.GetStringAsync("/Account/Login");
        var references = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.StartsWith("/", r));
        foreach (var asset in references)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset)).StatusCode);
    }

    [Fact]
    public async Task Should_show_the_users_page_to_administrators_only()
    {
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var page = await admin.GetStringAsync("/Users");
        Assert.Contains("ubnd.thapmuoi", page);
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/Users")).StatusCode);
    }

    [Fact]
    public async Task Should_show_an_officer_the_org_tree_of_their_scope_only()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        var page = await officer.GetStringAsync("/OrgUnits?AsOf=2024-01-01");
        Assert.Contains("Ủy ban nhân dân huyện Bình Sơn", page);
        Assert.DoesNotContain("Tháp Mười", page);
    }

    [GeneratedRegex("(?:src|href)=\"([^\"#?]+\\.(?:css|js|svg|png))\"")]
    private static partial Regex AssetReference();
}

public sealed class PagesTests_Sqlite(SqliteDatabases d) : PagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class PagesTests_Postgres(PostgresDatabases d) : PagesTests(d), IClassFixture<PostgresDatabases>;
