using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>The unit page shows and edits the identifier code (mã định danh), with the reason beside a bad one.</summary>
public abstract partial class OrgUnitPageTests(IDatabaseFactory databases) : WebTest(databases)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task Should_show_and_edit_the_identifier_code_on_the_unit_page()
    {
        var unit = await UnitIdAsync("dt.sngv");
        var url = $"/OrgUnits/Details/{unit}";
        using var editor = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var page = await editor.GetStringAsync(url);
        Assert.Matches("id=\"identifier-code\">\\d{3}\\.\\d{2}\\.\\d{2}\\.H\\d{2}<", page);
        Dictionary<string, string> Form(string html, string code) => new()
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(html).Groups[1].Value,
            ["Version"] = Regex.Match(html, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value,
            ["Name"] = "Sở Ngoại vụ tỉnh Đồng Tháp", ["IdentifierCode"] = code,
        };

        var bad = await editor.PostAsync(url, new FormUrlEncodedContent(Form(page, "000.07.00.H03")));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("cấp trên nó để trống", await bad.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(url, new FormUrlEncodedContent(Form(page, "000.00.00.H89")))).StatusCode);
        Assert.Contains("id=\"identifier-code\">000.00.00.H89<", await editor.GetStringAsync(url));
    }
}

public sealed class OrgUnitPageTests_Sqlite(SqliteDatabases d) : OrgUnitPageTests(d), IClassFixture<SqliteDatabases>;
public sealed class OrgUnitPageTests_Postgres(PostgresDatabases d) : OrgUnitPageTests(d), IClassFixture<PostgresDatabases>;
