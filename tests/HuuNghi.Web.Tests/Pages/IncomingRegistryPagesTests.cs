using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

public abstract partial class IncomingRegistryPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Should_enter_a_document_assign_it_from_the_form_and_show_it_on_the_handlers_work_list()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        var page = await officer.GetStringAsync($"/Registry/Incoming?UnitId={thapMuoi}");
        Assert.Contains("href=\"/Registry\"", page);

        var received = await officer.PostAsync("/Registry/Incoming?handler=Receive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value, ["UnitId"] = Id(thapMuoi), ["Reference"] = "1807/SNGV-NV",
        }));
        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var location = received.Headers.Location!.ToString();
        var entry = Regex.Match(location, "Entry=(\\d+)").Groups[1].Value;
        var opened = await officer.GetStringAsync(location);
        Assert.Contains("Đã vào sổ văn bản đến số 1: 1807/SNGV-NV", opened);

        var assigned = await officer.PostAsync("/Registry/Incoming?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(opened).Groups[1].Value, ["UnitId"] = Id(thapMuoi), ["Entry"] = entry,
            ["Version"] = "0", ["HandlerUnitId"] = Id(thapMuoi), ["Deadline"] = "2099-01-15",
        }));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var home = await officer.GetStringAsync("/");
        Assert.Contains("Văn bản đến cần xử lý", home);
        Assert.Contains($"/Registry/Incoming?Entry={entry}#handle", home);
        Assert.Contains("15/01/2099", home);

        var early = await officer.PostAsync("/Registry/Incoming?handler=Assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(home).Groups[1].Value, ["UnitId"] = Id(thapMuoi), ["Entry"] = entry,
            ["HandlerUnitId"] = Id(thapMuoi), ["Deadline"] = "2001-01-01",
        }));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Hạn xử lý (01/01/2001) không được trước ngày đến", await early.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_another_provinces_incoming_register_and_its_lines()
    {
        using var dongThap = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        using var quangNgai = await App.BrowserClientForAsync("sngv.quangngai", DemoPassword);
        var thapMuoi = await UnitIdAsync("dt.tm.ubnd");
        var page = await dongThap.GetStringAsync($"/Registry/Incoming?UnitId={thapMuoi}");
        var received = await dongThap.PostAsync("/Registry/Incoming?handler=Receive", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value, ["UnitId"] = Id(thapMuoi), ["Reference"] = "1807/SNGV-NV",
        }));
        var entry = Regex.Match(received.Headers.Location!.ToString(), "Entry=(\\d+)").Groups[1].Value;

        var list = await quangNgai.GetAsync($"/Registry/Incoming?UnitId={thapMuoi}");
        var line = await quangNgai.GetAsync($"/Registry/Incoming?Entry={entry}");
        var export = await quangNgai.GetAsync($"/Registry/Incoming?handler=Export&UnitId={thapMuoi}");
        Assert.NotEqual(HttpStatusCode.OK, list.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, line.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        Assert.DoesNotContain("1807/SNGV-NV", await line.Content.ReadAsStringAsync());
    }
}

public sealed class IncomingRegistryPagesTests_Sqlite(SqliteDatabases d) : IncomingRegistryPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class IncomingRegistryPagesTests_Postgres(PostgresDatabases d) : IncomingRegistryPagesTests(d), IClassFixture<PostgresDatabases>;
