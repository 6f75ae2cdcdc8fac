using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

public abstract class UserPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    private static string Token(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private int UserId(string userName)
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).Single();
    }

    private async Task<HttpResponseMessage> RecordDelegationAsync(HttpClient officer, int unitId, string date)
    {
        var form = await officer.GetStringAsync("/Registers/Edit?register=delegations-in");
        return await officer.PostAsync("/Registers/Edit?register=delegations-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form), ["UnitId"] = Id(unitId),
            ["Date"] = date, ["Partner"] = "Rikolto", ["Country"] = "BE", ["Purpose"] = "Khảo sát dự án", ["People"] = "3",
        }));
    }

    [Fact]
    public async Task Should_confirm_the_successor_of_a_dissolved_district_and_let_its_officer_record_2026_for_it()
    {
        var commune = await UnitIdAsync("dt.thapmuoi.ubnd");
        using (var before = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword))
        {
            var home = await before.GetStringAsync("/");
            Assert.Contains("Đơn vị của bạn (Huyện Tháp Mười) đã kết thúc ngày 30/06/2025; đề nghị quản trị viên gán đơn vị kế tiếp: Xã Tháp Mười.", home);
            Assert.Equal(HttpStatusCode.Forbidden, (await RecordDelegationAsync(before, commune, "05/03/2026")).StatusCode);
        }

        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var users = await admin.GetStringAsync("/Users");
        var proposal = Regex.Match(users, "<tr data-proposal=\"ubnd.thapmuoi\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("Huyện Tháp Mười", proposal);
        Assert.Contains("01/07/2025", proposal);
        Assert.Contains("Xã Tháp Mười", proposal);
        var confirmed = await admin.PostAsync("/Users?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(users), ["userId"] = Id(UserId("ubnd.thapmuoi")),
            ["endedUnitId"] = Id(await UnitIdAsync("dt.tm")), ["successorId"] = Id(await UnitIdAsync("dt.thapmuoi")),
        }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.DoesNotContain("data-proposal=\"ubnd.thapmuoi\"", await admin.GetStringAsync("/Users"));

        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var after = await officer.GetStringAsync("/");
        Assert.Contains("Xã Tháp Mười", Regex.Match(after, "Phạm vi của bạn:(.*?)</p>", RegexOptions.Singleline).Groups[1].Value);
        Assert.DoesNotContain("data-testid=\"ended-unit\"", after);
        Assert.Equal(HttpStatusCode.Redirect, (await RecordDelegationAsync(officer, commune, "05/03/2026")).StatusCode);
        // The old unit's history is still readable; a new record for it is still refused by its dates.
        Assert.Contains("Rikolto", await officer.GetStringAsync("/Registers?register=delegations-in"));
        Assert.Equal(HttpStatusCode.OK, (await RecordDelegationAsync(officer, await UnitIdAsync("dt.tm.ubnd"), "05/03/2026")).StatusCode);
    }

    [Fact]
    public async Task Should_show_roles_by_their_vietnamese_names_on_the_edit_form()
    {
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var page = await admin.GetStringAsync($"/Users/Edit/{UserId("ubnd.thapmuoi")}");
        Assert.Contains("value=\"UnitOfficer\" checked=\"checked\" /> Cán bộ đơn vị", page);
        Assert.Contains("Cán bộ đầu mối", page);
        Assert.DoesNotContain("> UnitOfficer<", page);
        Assert.Contains("Huyện Tháp Mười", page);
        Assert.Contains("data-confirm=", page);
    }

    [Fact]
    public async Task Should_not_let_a_disabled_user_sign_in_on_the_page_nor_get_a_token()
    {
        var binhSon = UserId("ubnd.binhson");
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var edit = await admin.GetStringAsync($"/Users/Edit/{binhSon}");
        var disabled = await admin.PostAsync($"/Users/Edit/{binhSon}?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(edit) }));
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("đã vô hiệu hóa", await admin.GetStringAsync("/Users?q=binhson"));

        using var client = App.Client();
        var login = await client.GetStringAsync("/Account/Login");
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "ubnd.binhson", ["Password"] = DemoPassword, ["__RequestVerificationToken"] = Token(login),
        }));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Tài khoản đã bị vô hiệu hóa", await signIn.Content.ReadAsStringAsync());
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName = "ubnd.binhson", password = DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, token.StatusCode);
        Assert.Contains("vô hiệu hóa", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var page = await admin.GetStringAsync($"/Users/Edit/{binhSon}");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/Users/Edit/{binhSon}?handler=Enable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) }))).StatusCode);
        using var again = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
    }

    [Fact]
    public async Task Should_refuse_the_administrator_disabling_themselves()
    {
        var self = UserId("admin");
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        var edit = await admin.GetStringAsync($"/Users/Edit/{self}");
        var posted = await admin.PostAsync($"/Users/Edit/{self}?handler=Disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(edit) }));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.", await posted.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_answer_the_users_api_for_administrators_only_with_problem_details()
    {
        var officerId = UserId("ubnd.thapmuoi");
        using var officer = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/users/{officerId}/disable", null)).StatusCode);

        using var admin = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        var proposals = await admin.GetFromJsonAsync<JsonElement>("/api/users/successor-proposals");
        Assert.Contains(proposals.GetProperty("rows").EnumerateArray(), r => r.GetProperty("userName").GetString() == "ubnd.thapmuoi");
        var user = await admin.GetFromJsonAsync<JsonElement>($"/api/users/{officerId}");
        var stamp = user.GetProperty("concurrencyStamp").GetString();

        var unknown = await admin.PutAsJsonAsync($"/api/users/{officerId}?culture=en", new { fullName = "X", culture = "vi", roles = new[] { "UnitOfficer" }, unitIds = new[] { 424242 }, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("424242", (await unknown.Content.ReadAsStringAsync()));
        var edited = await admin.PutAsJsonAsync($"/api/users/{officerId}", new { fullName = "Lê Văn Hùng", culture = "vi", roles = new[] { "UnitOfficer" }, unitIds = new[] { await UnitIdAsync("dt.thapmuoi") }, concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.NoContent, edited.StatusCode);
        var stale = await admin.PutAsJsonAsync($"/api/users/{officerId}", new { fullName = "Khác", culture = "vi", roles = new[] { "UnitOfficer" }, unitIds = Array.Empty<int>(), concurrencyStamp = stamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var weak = await admin.PostAsJsonAsync($"/api/users/{officerId}/password", new { newPassword = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("Mật khẩu quá ngắn", await weak.Content.ReadAsStringAsync());
    }
}

public sealed class UserPagesTests_Sqlite(SqliteDatabases d) : UserPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class UserPagesTests_Postgres(PostgresDatabases d) : UserPagesTests(d), IClassFixture<PostgresDatabases>;
