using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>
/// Issue 19, items 5 and 6: a unit's list says where its own report stands; sending asks first and shows the whole
/// report beforehand; the reviewer reads the report, and what changed since the version before, in the page.
/// </summary>
public abstract partial class ReportReviewPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    [Fact]
    public async Task Should_tell_a_unit_officer_where_their_own_report_stands()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var list = await officer.GetStringAsync("/Reporting");
        Assert.Contains("data-testid=\"own-report\"", list);
        Assert.Contains("Báo cáo của Ủy ban nhân dân huyện Tháp Mười", list);
        Assert.Contains("Chưa gửi", list);
        Assert.Contains("Đã gửi", list);
        Assert.DoesNotContain("0/1 (0%)", list);
        Assert.DoesNotContain("1/1 (100%)", list);
        // The receiver still sees the counts.
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        Assert.Contains("1/2 (50%)", await focal.GetStringAsync("/Reporting"));
    }

    [Fact]
    public async Task Should_ask_before_sending_and_let_the_reviewer_read_the_report_and_its_changes_in_the_page()
    {
        using var api = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        var request = (await api.GetFromJsonAsync<JsonElement[]>("/api/reporting/requests"))!
            .Single(r => r.GetProperty("period").GetString() == "2024").GetProperty("id").GetInt32();
        var unit = await UnitIdAsync("dt.tm.ubnd");
        var url = $"/Reporting/Submission/{request}/{unit}";
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);

        async Task SendAsync(string sentence)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url + "?handler=Start",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(await officer.GetStringAsync(url)) }))).StatusCode);
            var page = await officer.GetStringAsync(url);
            Assert.DoesNotContain("<label for=\"ReportText\">Nội dung báo cáo</label>", page);
            Assert.Contains("Ghi chú phiên bản (không in trong báo cáo)", page);
            Assert.Matches("data-confirm=\"Gửi báo cáo phiên bản \\d+ tới [^\"]+niêm phong", page);
            Assert.Contains("data-testid=\"draft-preview\"", page);
            Dictionary<string, string> Form(string html) => new()
            {
                ["__RequestVerificationToken"] = Token(html), ["SubmissionId"] = Regex.Match(html, "name=\"SubmissionId\" value=\"(\\d+)\"").Groups[1].Value,
                ["number"] = Regex.Match(html, "name=\"number\" value=\"(\\d+)\"").Groups[1].Value,
                ["SeenVersion"] = Regex.Match(html, "name=\"SeenVersion\" value=\"(\\d+)\"").Groups[1].Value,
                ["ReportText"] = "", ["Narratives[0]"] = "Đã quán triệt kế hoạch.", ["Narratives[1]"] = "", ["Narratives[2]"] = sentence, ["Narratives[3]"] = "Tiếp tục.",
            };
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url + "?handler=Save", new FormUrlEncodedContent(Form(page)))).StatusCode);
            var saved = await officer.GetStringAsync(url);
            Assert.Contains(sentence, Between(saved, "data-testid=\"draft-preview\"", "</details>"));
            Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url + "?handler=Submit", new FormUrlEncodedContent(Form(saved)))).StatusCode);
        }

        await SendAsync("Kinh phí đón đoàn còn hạn chế.");
        var review = await focal.GetStringAsync(url);
        var sent = Between(review, "data-testid=\"sent-report\"", "</section>");
        Assert.Contains("Kinh phí đón đoàn còn hạn chế.", sent);
        Assert.Contains("<details open=\"open\">", sent);
        Assert.Contains("BÁO CÁO", sent);
        Assert.DoesNotContain("data-testid=\"changes\"", sent);

        Assert.Equal(HttpStatusCode.Redirect, (await focal.PostAsync(url + "?handler=Return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(review), ["SubmissionId"] = Regex.Match(review, "name=\"SubmissionId\" value=\"(\\d+)\"").Groups[1].Value,
            ["SeenVersion"] = Regex.Match(review, "name=\"SeenVersion\" value=\"(\\d+)\"").Groups[1].Value, ["Reason"] = "Nói rõ khó khăn.",
        }))).StatusCode);
        await SendAsync("Kinh phí đón đoàn năm 2024 chỉ đủ cho ba đoàn.");

        var changes = Between(await focal.GetStringAsync(url), "data-testid=\"changes\"", "</ul>");
        Assert.Contains("<li class=\"added\"><ins><span class=\"visually-hidden\">Thêm: </span>Kinh phí đón đoàn năm 2024 chỉ đủ cho ba đoàn.</ins></li>", changes);
        Assert.Contains("<li class=\"removed\"><del><span class=\"visually-hidden\">Bỏ: </span>Kinh phí đón đoàn còn hạn chế.</del></li>", changes);
        Assert.DoesNotContain("Đã quán triệt kế hoạch.", changes);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} not in the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }
}

public sealed class ReportReviewPagesTests_Sqlite(SqliteDatabases d) : ReportReviewPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class ReportReviewPagesTests_Postgres(PostgresDatabases d) : ReportReviewPagesTests(d), IClassFixture<PostgresDatabases>;
