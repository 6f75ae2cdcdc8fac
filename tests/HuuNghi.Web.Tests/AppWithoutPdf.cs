using HuuNghi.Documents.Writing.Pdf;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HuuNghi.Web.Tests;

/// <summary>
/// The real app on a demo database where LibreOffice cannot be found, for the "no PDF" answers. TestWebApp takes
/// no service overrides, so this starts the app the same way with the PDF converter pointed at nothing.
/// </summary>
public sealed class AppWithoutPdf : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabase _database;

    private AppWithoutPdf(WebApplication app, TestDatabase database) => (_app, _database) = (app, database);

    public Uri BaseAddress => new(_app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal)));

    public static async Task<AppWithoutPdf> StartAsync(IDatabaseFactory databases)
    {
        var database = await databases.CreateAsync();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0", "--db", database.DbArgument,
            "--HUUNGHI_DATA", Path.Combine(Path.GetTempPath(), "huunghi-tests", "web-" + Guid.NewGuid().ToString("N")),
            "--HUUNGHI_ADMIN_PASSWORD", TestWebApp.AdminPassword, "--HUUNGHI_DEMO", "1", "--Logging:LogLevel:Default", "Warning",
        ];
        var app = await HuuNghiWebApp.BuildAsync(args, services =>
            services.Replace(ServiceDescriptor.Singleton(new PdfConverter(new PdfConverterOptions { ExecutablePath = "/nonexistent/soffice" }))));
        await app.StartAsync();
        return new AppWithoutPdf(app, database);
    }

    public async Task<HttpClient> ClientForAsync(string userName, string password)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var token = await client.PostAsync("/api/auth/token", System.Net.Http.Json.JsonContent.Create(new { userName, password }));
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(token.Content);
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>A client signed in to the pages with a cookie, as <see cref="TestWebApp.BrowserClientForAsync"/> does.</summary>
    public async Task<HttpClient> BrowserClientForAsync(string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BaseAddress };
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
}
