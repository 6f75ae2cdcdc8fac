using System.Security.Claims;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HuuNghi.Web.Api;

/// <summary>POST /api/auth/token: user name and password in, a bearer token and its expiry out (surface contract).</summary>
public static class AuthApi
{
    public sealed record TokenRequest(string UserName, string Password);
    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

    public static void MapAuthApi(this WebApplication app) =>
        app.MapPost("/api/auth/token", IssueAsync)
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Auth")
            .WithSummary("Đổi tên đăng nhập và mật khẩu lấy mã truy cập / Exchange credentials for a bearer token");

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAsync(
        TokenRequest request, UserManager<AppUser> users, SignInManager<AppUser> signIn,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, Infrastructure.LoginThrottle throttle, HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(request.UserName, address) is { } wait)
        {
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(Infrastructure.LoginThrottle.Message(wait), statusCode: 429);
        }
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await users.FindByNameAsync(request.UserName.Trim());
        if (user is null || string.IsNullOrEmpty(request.Password))
        {
            throttle.Failed(request.UserName, address);
            return Unauthorized();
        }
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true);
        if (!check.Succeeded) throttle.Failed(request.UserName, address);
        if (check.IsLockedOut && DisableUser.IsDisabled(user))
            return TypedResults.Problem(DisableUser.DisabledMessage.Current, statusCode: 403);
        if (check.IsLockedOut)
            return TypedResults.Problem(Infrastructure.Ui.T(
                "Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần; thử lại sau 15 phút.",
                "The account is locked after too many wrong passwords; try again in 15 minutes."), statusCode: 423);
        if (!check.Succeeded) return Unauthorized();

        var principal = await signIn.CreateUserPrincipalAsync(user);
        var options = bearer.Get(BearerTokenDefaults.AuthenticationScheme);
        var now = clock.GetUtcNow();
        var expires = now + options.BearerTokenExpiration;
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(principal.Identities),
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, BearerTokenDefaults.AuthenticationScheme);
        return TypedResults.Ok(new TokenResponse(options.BearerTokenProtector.Protect(ticket), expires));
    }

    private static ProblemHttpResult Unauthorized() => TypedResults.Problem(Infrastructure.Ui.T(
        "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password."), statusCode: 401);
}
