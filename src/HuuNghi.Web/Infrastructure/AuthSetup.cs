using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// Cookies for people using pages, bearer tokens for programs calling /api (see docs/decisions/0003-auth.md).
/// Both are protected by the same data-protection keys, kept in the data directory so sign-ins survive a restart.
/// </summary>
public static class AuthSetup
{
    public const string ApiPolicy = "api";
    private const string SmartScheme = "cookie-or-bearer";

    /// <summary>
    /// Linux has no machine-level key encryption (DPAPI), so the keys are protected as the SQLite file is: by
    /// a folder only the app's user can open. That is why appsettings.json quiets the key manager's
    /// "no XML encryptor" warning, which would otherwise greet every first start.
    /// </summary>
    private static DirectoryInfo KeyFolder(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "keys");
        var folder = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    public static void AddHuuNghiAuth(this IServiceCollection services, HuuNghiSettings settings)
    {
        services.AddDataProtection()
            .SetApplicationName("HuuNghi")
            .PersistKeysToFileSystem(KeyFolder(settings.Database.DataDirectory));
        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services).AddSignInManager();
        // The antiforgery cookie is Secure over HTTPS too (its default is never).
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api") ? BearerTokenDefaults.AuthenticationScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(o => o.BearerTokenExpiration = settings.TokenLifetime)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/Account/Login";
                o.LogoutPath = "/Account/Logout";
                o.AccessDeniedPath = "/Account/Denied";
                o.Cookie.Name = "huunghi.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // Secure over HTTPS (behind a proxy: HUUNGHI_PROXY)
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
            }));

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme).RequireAuthenticatedUser());

        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<UserScopes>();
    }
}
