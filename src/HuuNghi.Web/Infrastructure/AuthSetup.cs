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

    public static void AddHuuNghiAuth(this IServiceCollection services, HuuNghiSettings settings)
    {
        services.AddDataProtection()
            .SetApplicationName("HuuNghi")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.Database.DataDirectory, "keys")));
        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services).AddSignInManager();

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
