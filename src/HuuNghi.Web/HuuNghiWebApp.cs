using HuuNghi.Core.Data;
using HuuNghi.Web.Api;
using HuuNghi.Web.Infrastructure;

namespace HuuNghi.Web;

/// <summary>
/// Builds the web app. Tests call this too (with <c>--urls http://127.0.0.1:0</c> and their own <c>--db</c>), so
/// what they exercise is exactly what the README's first command starts.
/// </summary>
public static class HuuNghiWebApp
{
    public static async Task<WebApplication> BuildAsync(string[] args, Action<IServiceCollection>? overrideServices = null)
    {
        // The content root is the app's own folder, not the caller's: appsettings.json is found wherever the
        // app is started from, while ./data stays relative to the caller's folder, as for the CLI.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(HuuNghiWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var settings = HuuNghiSettings.From(builder.Configuration);
        builder.UseDefaultUrl("http://127.0.0.1:5080");
        builder.LimitUploads(settings);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(settings.TrustedRoots);
        builder.Services.AddHuuNghiCore(settings.Database);
        builder.Services.AddHuuNghiAuth(settings);
        builder.Services.AddHuuNghiErrors();
        builder.Services.AddHuuNghiLocalization();
        builder.Services.AddHuuNghiApi();
        builder.Services.AddHuuNghiReporting(builder.Configuration);
        builder.Services.AddRazorPages();
        builder.Services.AddSingleton<LoginThrottle>();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        await app.PrepareDatabaseAsync(settings);

        app.UseHuuNghiProxy();
        app.UseHuuNghiErrors();
        app.UseHuuNghiSecurityHeaders();
        app.UseEmbeddedStaticFiles();
        app.UseHuuNghiLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealth();
        app.MapHuuNghiApi();
        app.MapRazorPages();
        return app;
    }
}
