using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

public abstract partial class RegistryPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task Should_show_the_demo_report_in_the_register_and_take_the_next_number_from_the_form()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        var old = await officer.GetStringAsync($"/Registry?UnitId={thapMuoi}&Year=2024");
        Assert.Contains("01/BC-UBND", old);
        Assert.Contains("17/01/2024", old);
        Assert.Contains("href=\"/Registry\"", old);

        var unit = await UnitIdAsync("dt.sngv");
        var page = await officer.GetStringAsync($"/Registry?UnitId={unit}");
        var posted = await officer.PostAsync("/Registry?handler=Allocate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value, ["UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Symbol"] = "CV-SNGV", ["KindName"] = "Công văn", ["Title"] = "V/v đôn đốc báo cáo",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await officer.GetStringAsync(posted.Headers.Location!.ToString());
        Assert.Contains("Đã cấp số 01/CV-SNGV", after);
        Assert.Contains("Công văn V/v đôn đốc báo cáo", after);

        var refused = await officer.PostAsync("/Registry?handler=Allocate", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(after).Groups[1].Value, ["UnitId"] = unit.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Symbol"] = "CV SNGV",
        }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Ký hiệu văn bản &#x27;CV SNGV&#x27; không hợp lệ", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_export_the_register_and_refuse_another_provinces_register()
    {
        using var officer = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);
        var own = await officer.GetAsync($"/Registry?handler=Export&UnitId={await UnitIdAsync("qng.bs.ubnd")}&Year=2023");
        var other = await officer.GetAsync($"/Registry?UnitId={await UnitIdAsync("dt.tm.ubnd")}&Year=2024");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", own.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("01/BC-UBND", await other.Content.ReadAsStringAsync());
    }
}

public sealed class RegistryPagesTests_Sqlite(SqliteDatabases d) : RegistryPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class RegistryPagesTests_Postgres(PostgresDatabases d) : RegistryPagesTests(d), IClassFixture<PostgresDatabases>;
