using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// On a new database, creates the <c>admin</c> user with <c>HUUNGHI_ADMIN_PASSWORD</c>, or with a random password
/// returned once so the caller can print it. No default password ever ships.
/// </summary>
public sealed class BootstrapAdmin(UserManager<AppUser> users, CreateUser createUser)
{
    public const string UserName = "admin";

    /// <returns>The generated password when one was made, else null.</returns>
    public async Task<string?> HandleAsync(string? configuredPassword, CancellationToken ct = default)
    {
        if (await users.FindByNameAsync(UserName) is not null) return null;
        var generated = string.IsNullOrEmpty(configuredPassword) ? Generate() : null;
        await createUser.HandleAsync(new CreateUser.Command(UserName, configuredPassword ?? generated!, "Quản trị hệ thống",
            [Roles.Administrator], []), ct);
        return generated;
    }

    private static string Generate() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "7a";
}
