using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>Re-enables a disabled account (or lifts a lockout from wrong passwords); audited by the save.</summary>
public sealed class EnableUser(UserManager<AppUser> users)
{
    public async Task HandleAsync(int userId, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        var user = await DisableUser.Find(users, userId);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        IdentityMessages.ThrowIfFailed(await users.UpdateAsync(user), "");
    }
}
