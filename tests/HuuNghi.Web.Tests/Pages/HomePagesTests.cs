using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

public abstract partial class HomePagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_show_thap_muoi_its_late_2024_report_with_the_days_overdue()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var html = await officer.GetStringAsync("/?culture=vi");
        var owed = Section(html, "owed");
        var link = SubmissionLink().Match(owed);
        Assert.True(link.Success, owed);
        var submission = await officer.GetStringAsync(link.Value);
        Assert.Contains("2024", submission);
        var late = Regex.Match(owed, "<div class=\"late\">quá hạn (\\d+) ngày</div>");
        Assert.True(late.Success, owed);
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var deadline = DateOnly.ParseExact(Regex.Match(owed, "<td>(\\d\\d/\\d\\d/\\d{4})\\s*<div class=\"late\">").Groups[1].Value, "dd/MM/yyyy");
        Assert.Equal(today.DayNumber - deadline.DayNumber, int.Parse(late.Groups[1].Value));
        Assert.Contains("days overdue", await officer.GetStringAsync("/?culture=en"));
    }

    [Fact]
    public async Task Should_list_the_provincial_front_as_missing_for_the_focal_officer_and_remind_it()
    {
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var html = await focal.GetStringAsync("/?culture=vi");
        var received = Section(html, "received");
        Assert.Contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp", Section(received, "missing", "</ul>"));
        var requestId = Regex.Match(received, "name=\"requestId\" value=\"(\\d+)\"").Groups[1].Value;
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var noToken = await focal.PostAsync("/?handler=Remind", new FormUrlEncodedContent(new Dictionary<string, string> { ["requestId"] = requestId }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var posted = await focal.PostAsync("/?handler=Remind", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["requestId"] = requestId, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("Đã đôn đốc", await focal.GetStringAsync("/"));
        Assert.Contains("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp", await focal.GetStringAsync($"/Reporting/Request/{requestId}"));
    }

    [Fact]
    public async Task Should_mark_a_reminder_read_when_the_unit_officer_opens_it_and_refuse_it_to_another_province()
    {
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var html = await focal.GetStringAsync("/?culture=vi");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        foreach (Match id in Regex.Matches(Section(html, "received"), "name=\"requestId\" value=\"(\\d+)\""))
            await focal.PostAsync("/?handler=Remind", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["requestId"] = id.Groups[1].Value, ["__RequestVerificationToken"] = token,
            }));

        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var reminders = Section(await officer.GetStringAsync("/?culture=vi"), "reminders");
        var unread = Regex.Match(reminders, "<li class=\"unread\" data-reminder=\"([^\"]+)\"><a href=\"([^\"]+)\">");
        Assert.True(unread.Success, reminders);
        var link = WebUtility.HtmlDecode(unread.Groups[2].Value);

        using var outsider = await App.BrowserClientForAsync("xem.ninhbinh", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(link)).StatusCode);

        var opened = await officer.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.StartsWith("/Reporting/Submission/", opened.Headers.Location!.OriginalString);
        var after = Section(await officer.GetStringAsync("/?culture=vi"), "reminders");
        Assert.Contains($"<li class=\"read\" data-reminder=\"{unread.Groups[1].Value}\">", after);
    }

    [Fact]
    public async Task Should_refuse_the_remind_button_to_a_leader()
    {
        using var leader = await App.BrowserClientForAsync("lanhdao.dongthap", DemoPassword);
        var html = await leader.GetStringAsync("/");
        Assert.Contains("data-testid=\"received\"", html);
        Assert.DoesNotContain("name=\"requestId\"", html);
    }

    [Fact]
    public async Task Should_list_the_20_inbound_delegations_behind_thap_muois_2023_figure()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var indicators = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2023-01-01&To=2023-12-31");
        var figure = Regex.Match(indicators, "<a class=\"card figure-card\" href=\"([^\"]+)\" data-indicator=\"delegations-in.visits\"><div class=\"stat\">(\\d+)</div>");
        Assert.True(figure.Success);
        Assert.Equal("20", figure.Groups[2].Value);
        var rows = await officer.GetStringAsync(WebUtility.HtmlDecode(figure.Groups[1].Value));
        Assert.Contains("20 bản ghi", rows);
        Assert.Equal(20, Regex.Count(Section(rows, "entries", "</table>"), "<tr>") - 1);
    }

    [Fact]
    public async Task Should_show_the_bell_and_an_empty_work_list_to_a_viewer()
    {
        using var viewer = await App.BrowserClientForAsync("xem.ninhbinh", DemoPassword);
        var html = await viewer.GetStringAsync("/");
        Assert.Contains("data-testid=\"bell\"", html);
        Assert.DoesNotContain("data-testid=\"received\"", html);
        Assert.Contains("Đơn vị của bạn không còn báo cáo nào phải gửi.", html);
    }

    [Fact]
    public async Task Should_compare_the_leaders_sub_units_sorted_by_a_column_and_export_them()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var leader = await App.BrowserClientForAsync("lanhdao.dongthap", DemoPassword);
        var html = await leader.GetStringAsync("/?year=2023&sort=inbound");
        var table = Section(html, "subunits", "</table>");
        Assert.Equal(thapMuoi.ToString(), Regex.Match(table, "<tr data-unit=\"(\\d+)\"").Groups[1].Value);
        Assert.Contains($"unit={thapMuoi}&amp;from=2023-01-01&amp;to=2023-12-31\">20</a>", table);
        Assert.Contains("2023 against 2022", await leader.GetStringAsync("/?year=2023&culture=en"));
        var xlsx = await leader.GetAsync("/?handler=Comparison&year=2023");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Should_draw_an_empty_chart_with_distinct_whole_ticks_and_open_indicators_on_the_latest_year_with_data()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        Assert.Contains("id=\"From\" name=\"From\" type=\"text\" inputmode=\"numeric\" placeholder=\"dd/mm/yyyy\" autocomplete=\"off\" value=\"01/01/2023\"", await officer.GetStringAsync("/Indicators"));
        var empty = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2026-01-01&To=2026-12-31");
        var ticks = Regex.Matches(empty, "<text class=\"axis\" x=\"30\" y=\"[\\d.]+\" text-anchor=\"end\">([^<]+)</text>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["0", "1", "2"], ticks);
    }

    private static string Section(string html, string testId, string endTag = "</section>")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} in the page");
        var end = html.IndexOf(endTag, start, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }

    [GeneratedRegex(@"/Reporting/Submission/\d+/\d+")]
    private static partial Regex SubmissionLink();
}

public sealed class HomePagesTests_Sqlite(SqliteDatabases d) : HomePagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class HomePagesTests_Postgres(PostgresDatabases d) : HomePagesTests(d), IClassFixture<PostgresDatabases>;
