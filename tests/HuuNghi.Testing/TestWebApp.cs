using System.Net.Http.Headers;
using System.Net.Http.Json;
using HuuNghi.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace HuuNghi.Testing;

/// <summary>
/// The real web app on a real Kestrel port over a fresh test database — exactly what the README's first command
/// starts, with a settable clock. One per test; dispose stops it and drops the database.
/// </summary>
public sealed class TestWebApp : IAsyncDisposable
{
    public const string AdminPassword = "Admin-Test-2026";
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private TestWebApp(WebApplication app, TestDatabase database, FakeTimeProvider clock)
    {
        _app = app;
        _database = database;
        Clock = clock;
        BaseAddress = new Uri(app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)));
    }

    public Uri BaseAddress { get; }
    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _app.Services;

    /// <param name="configureServices">Replaces app services after the app's own (a PDF converter that finds no LibreOffice).</param>
    /// <param name="settings">Further command-line settings, as name/value pairs (<c>["--HUUNGHI_PROXY", "1"]</c>).</param>
    public static async Task<TestWebApp> StartAsync(IDatabaseFactory databases, bool demo = true, Action<IServiceCollection>? configureServices = null,
        IReadOnlyList<string>? settings = null)
    {
        var database = await databases.CreateAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var args = new List<string>
        {
            "--urls", "http://127.0.0.1:0", "--db", database.DbArgument,
            "--HUUNGHI_DATA", Path.Combine(Path.GetTempPath(), "huunghi-tests", "web-" + Guid.NewGuid().ToString("N")),
            "--HUUNGHI_ADMIN_PASSWORD", AdminPassword, "--HUUNGHI_DEMO", demo ? "1" : "0",
            "--Logging:LogLevel:Default", "Warning",
        };
        args.AddRange(settings ?? []);
        var app = await HuuNghiWebApp.BuildAsync([.. args], services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            configureServices?.Invoke(services);
        });
        await app.StartAsync();
        return new TestWebApp(app, database, clock);
    }

    public HttpClient Client(string? bearer = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    public async Task<string> TokenAsync(string userName, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    public async Task<HttpClient> ClientForAsync(string userName, string password) => Client(await TokenAsync(userName, password));

    /// <summary>A client signed in to the pages with a cookie, through the login form and its antiforgery token.</summary>
    public async Task<HttpClient> BrowserClientForAsync(string userName, string password)
    {
        var client = Client();
        var form = await client.GetStringAsync("/Account/Login");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in of {userName} failed: {response.StatusCode}");
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed record TokenBody(string AccessToken, DateTimeOffset ExpiresAt);
}
