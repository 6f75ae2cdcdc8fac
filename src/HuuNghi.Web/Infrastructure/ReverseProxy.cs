using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Running behind a TLS reverse proxy (nginx, Apache, IIS ARR): with <c>HUUNGHI_PROXY</c> set, the
/// <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> headers of the proxies it names are honoured, so the app sees the client's
/// address (the sign-in throttle counts per address) and HTTPS (cookies are then <c>Secure</c>). Unset, forwarded headers
/// are ignored: anyone could send them. <c>1</c> trusts a proxy on this machine (loopback); otherwise a comma-separated
/// list of the proxies' addresses.
/// </summary>
public static class ReverseProxy
{
    public static void UseHuuNghiProxy(this WebApplication app)
    {
        var setting = app.Configuration["HUUNGHI_PROXY"];
        if (string.IsNullOrWhiteSpace(setting)) return;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
        };
        if (setting.Trim() is not ("1" or "true" or "loopback"))
        {
            options.KnownProxies.Clear();
            foreach (var part in setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                options.KnownProxies.Add(IPAddress.TryParse(part, out var ip) ? ip
                    : throw new InvalidOperationException($"HUUNGHI_PROXY: '{part}' is not an IP address (use 1 for a proxy on this machine, or the proxies' addresses)."));
        }
        app.UseForwardedHeaders(options);
    }
}
