using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HuuNghi.Web.Tests.Api;

public abstract class AuthApiTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_answer_health_without_signing_in()
    {
        using var client = App.Client();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The app keeps its closure itself, so a database it migrated and seeded is never stale.
        Assert.Equal("ok", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("derivedData").GetString());
    }

    [Fact]
    public async Task Should_issue_a_token_with_its_expiry()
    {
        using var client = App.Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "sngv.dongthap", password = DemoPassword });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        var expires = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expires - App.Clock.GetUtcNow(), TimeSpan.FromHours(7.9), TimeSpan.FromHours(8.1));
    }

    [Fact]
    public async Task Should_refuse_an_api_call_without_a_token()
    {
        using var client = App.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/orgunits")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_an_expired_token()
    {
        using var client = await App.ClientForAsync("sngv.dongthap", DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/orgunits")).StatusCode);
        App.Clock.Advance(TimeSpan.FromHours(9));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/orgunits")).StatusCode);
    }

    [Fact]
    public async Task Should_lock_the_account_after_five_wrong_passwords()
    {
        using var client = App.Client();
        for (var i = 0; i < 5; i++)
            await client.PostAsJsonAsync("/api/auth/token", new { userName = "ubnd.binhson", password = "wrong-password" });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "ubnd.binhson", password = DemoPassword });
        Assert.Equal((HttpStatusCode)423, response.StatusCode);
        Assert.Contains("khóa", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_in_english_when_asked()
    {
        using var client = App.Client();
        var response = await client.PostAsJsonAsync("/api/auth/token?culture=en", new { userName = "admin", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Wrong user name or password", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_describe_the_api_at_openapi()
    {
        using var client = App.Client();
        var json = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/orgunits", json);
        Assert.Contains("/api/auth/token", json);
    }

    [Fact]
    public async Task Should_answer_429_after_too_many_failed_sign_ins_from_one_address_until_the_window_passes()
    {
        using var client = App.Client();
        // Names that do not exist: Identity's lockout never sees them, the throttle does (password spraying).
        for (var i = 0; i < Infrastructure.LoginThrottle.PerAddress; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = $"khong-co-{i}", password = "sai" })).StatusCode);

        var refused = await client.PostAsJsonAsync("/api/auth/token", new { userName = "sngv.dongthap", password = DemoPassword });
        Assert.Equal((HttpStatusCode)429, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("thử lại sau 15 phút", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        using var browser = new HttpClient { BaseAddress = App.BaseAddress };
        var form = await browser.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var page = await browser.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["UserName"] = "sngv.dongthap", ["Password"] = DemoPassword, ["__RequestVerificationToken"] = token }));
        Assert.Equal((HttpStatusCode)429, page.StatusCode);
        Assert.Contains("Đăng nhập sai quá nhiều lần", await page.Content.ReadAsStringAsync());

        App.Clock.Advance(Infrastructure.LoginThrottle.Window);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "sngv.dongthap", password = DemoPassword })).StatusCode);
    }

    [Fact]
    public async Task Should_send_security_headers_that_forbid_inline_script_and_framing()
    {
        using var client = App.Client();
        var response = await client.GetAsync("/Account/Login");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline';", policy.Split("style-src")[0]);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        // No page may need inline script under that policy.
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_mark_cookies_secure_behind_a_tls_proxy_and_count_the_forwarded_client_address()
    {
        await using var proxied = await TestWebApp.StartAsync(Databases, demo: true, settings: ["--HUUNGHI_PROXY", "1"]);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = proxied.BaseAddress };
        HttpRequestMessage Get(string forwardedFor) => new(HttpMethod.Get, "/Account/Login")
            { Headers = { { "X-Forwarded-Proto", "https" }, { "X-Forwarded-For", forwardedFor } } };
        var response = await client.SendAsync(Get("203.0.113.7"));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // Each client behind the proxy has its own count: one address's failures do not stop another's.
        var throttle = proxied.Services.GetRequiredService<Infrastructure.LoginThrottle>();
        for (var i = 0; i < Infrastructure.LoginThrottle.PerAddress; i++) throttle.Failed($"x{i}", System.Net.IPAddress.Parse("203.0.113.7"));
        using var api = proxied.Client();
        var other = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName = "sngv.dongthap", password = DemoPassword }) };
        other.Headers.Add("X-Forwarded-For", "203.0.113.8");
        Assert.Equal(HttpStatusCode.OK, (await api.SendAsync(other)).StatusCode);
        var same = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName = "sngv.dongthap", password = DemoPassword }) };
        same.Headers.Add("X-Forwarded-For", "203.0.113.7");
        Assert.Equal((HttpStatusCode)429, (await api.SendAsync(same)).StatusCode);
    }
}

public sealed class AuthApiTests_Sqlite(SqliteDatabases d) : AuthApiTests(d), IClassFixture<SqliteDatabases>;
public sealed class AuthApiTests_Postgres(PostgresDatabases d) : AuthApiTests(d), IClassFixture<PostgresDatabases>;
