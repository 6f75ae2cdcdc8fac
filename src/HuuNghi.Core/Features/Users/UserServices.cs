using HuuNghi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Core.Features.Users;

public static class UserServices
{
    /// <summary>Identity stores and rules shared by the web app and the CLI (which also creates users).</summary>
    public static IdentityBuilder AddHuuNghiIdentity(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<HuuNghiDbContext>();
}
