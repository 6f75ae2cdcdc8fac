namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Headers every response carries. The policy allows only the app's own scripts (no inline script: pages use
/// data- attributes that site.js reads), no framing by other sites, no MIME sniffing and no referrer to other sites.
/// Inline style attributes stay allowed: they carry no code, and the SVG charts are drawn with them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static void UseHuuNghiSecurityHeaders(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "same-origin";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
}
