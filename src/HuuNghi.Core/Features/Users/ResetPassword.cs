using HuuNghi.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// An administrator sets a new password for a user who lost theirs (there is no mail on an intranet to send a link).
/// Identity's password rules apply; the security stamp changes, so the user's other sessions end. Audited by the save
/// (the hash itself never enters the audit).
/// </summary>
public sealed class ResetPassword(UserManager<AppUser> users)
{
    public sealed record Command(int UserId, string NewPassword);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        new Validation().Id(command.UserId, nameof(Command.UserId))
            .Require(!string.IsNullOrEmpty(command.NewPassword), nameof(Command.NewPassword), "Nhập mật khẩu mới.", "Enter the new password.")
            .ThrowIfInvalid();
        var user = await DisableUser.Find(users, command.UserId);
        // Identity's validators, then the hash set directly: reset tokens would need token providers the CLI does not have.
        foreach (var validator in users.PasswordValidators)
            IdentityMessages.ThrowIfFailed(await validator.ValidateAsync(users, user, command.NewPassword), nameof(Command.NewPassword));
        user.PasswordHash = users.PasswordHasher.HashPassword(user, command.NewPassword);
        // A lockout from wrong guesses should not outlive the new password; a disabled account stays disabled.
        if (!DisableUser.IsDisabled(user)) user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        IdentityMessages.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
    }
}
