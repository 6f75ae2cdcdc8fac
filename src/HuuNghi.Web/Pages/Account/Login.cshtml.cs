using System.ComponentModel.DataAnnotations;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, HuuNghiSettings settings, LoginThrottle throttle) : PageModel
{
    [BindProperty, Required] public string UserName { get; set; } = "";
    [BindProperty, Required, DataType(DataType.Password)] public string Password { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string? Error { get; private set; }
    public bool Demo => settings.Demo;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = Ui.T("Nhập tên đăng nhập và mật khẩu.", "Enter your user name and password.");
            return Page();
        }
        var address = HttpContext.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(UserName, address) is { } wait)
        {
            Error = LoginThrottle.Message(wait);
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var page = Page();
            page.StatusCode = StatusCodes.Status429TooManyRequests;
            return page;
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        throttle.Failed(UserName, address);
        Error = result.IsLockedOut && await users.FindByNameAsync(UserName.Trim()) is { } user && DisableUser.IsDisabled(user)
            ? DisableUser.DisabledMessage.Current
            : result.IsLockedOut
            ? Ui.T("Tài khoản tạm khóa 15 phút vì nhập sai mật khẩu nhiều lần.", "The account is locked for 15 minutes after too many wrong passwords.")
            : Ui.T("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.");
        return Page();
    }
}
