using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Users;
using Microsoft.Extensions.FileProviders;

namespace HuuNghi.Web.Infrastructure;

public static class HostingExtensions
{
    /// <summary>The contract's default address, unless <c>--urls</c> or ASPNETCORE_URLS says otherwise.</summary>
    public static void UseDefaultUrl(this WebApplicationBuilder builder, string url)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls(url);
    }

    /// <summary>
    /// A request may carry a few files of the per-file limit; the per-file limit itself is enforced (with a clear
    /// message naming the file) by the document reader.
    /// </summary>
    public static void LimitUploads(this WebApplicationBuilder builder, HuuNghiSettings settings)
    {
        var perRequest = settings.MaxUploadBytes * 5 + 1024 * 1024;
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = perRequest);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = perRequest);
    }

    /// <summary>Migrates, creates <c>admin</c> on a new database, and loads the demo set when asked.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, HuuNghiSettings settings)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<HuuNghiDbContext>();
        await db.MigrateAsync();
        var generated = await services.GetRequiredService<BootstrapAdmin>().HandleAsync(settings.AdminPassword);
        if (generated is not null)
        {
            // Printed once, on purpose to the console and not the log: it must not end up in log files.
            Console.WriteLine($"Đã tạo tài khoản quản trị / Created the administrator: admin / {generated}");
        }
        if (settings.Demo)
        {
            await services.GetRequiredService<SeedDemo>().HandleAsync();
            Console.WriteLine($"Dữ liệu mẫu đã sẵn sàng / Demo data loaded. Demo users (password {DemoUsers.Password}): "
                + string.Join(", ", DemoUsers.All.Select(u => u.UserName)));
        }
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"HuuNghi đang chạy tại / is running at {string.Join(", ", app.Urls)} ({settings.Database.Display})"));
    }

    public static void UseEmbeddedStaticFiles(this WebApplication app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(HostingExtensions).Assembly, "wwwroot"),
            OnPrepareResponse = ctx => ctx.Context.Response.Headers.CacheControl = "public,max-age=3600",
        });

    public static void MapHealth(this WebApplication app) =>
        // Still 200 when derived data is stale (rows loaded in bulk, not yet `db refresh`ed): the app answers, the figures may lag.
        app.MapGet("/health", async (HuuNghiDbContext db, CancellationToken ct) =>
                await db.Database.CanConnectAsync(ct)
                    ? Results.Ok(new { status = "ok", derivedData = await Core.Features.OrgUnits.OrgClosure.IsStaleAsync(db, ct) ? "stale" : "ok" })
                    : Results.Problem("Cơ sở dữ liệu không phản hồi / The database does not answer", statusCode: 503))
            .AllowAnonymous()
            .ExcludeFromDescription();
}
