using HuuNghi.Core.Common;
using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Disables an account without deleting it (its audit trail and authored records keep their author): a lockout
/// that never ends. The security stamp changes so open sessions end; sign-in and the token endpoint refuse it.
/// </summary>
public sealed class DisableUser(UserManager<AppUser> users, ICurrentActor actor)
{
    public static bool IsDisabled(AppUser user) => IsDisabled(user.LockoutEnabled, user.LockoutEnd);

    /// <summary>
    /// A lockout into the year 9999, not exactly <see cref="DateTimeOffset.MaxValue"/>: PostgreSQL keeps microseconds
    /// (or infinity), so the value read back is not always the one written.
    /// </summary>
    public static bool IsDisabled(bool lockoutEnabled, DateTimeOffset? lockoutEnd) => lockoutEnabled && lockoutEnd is { Year: 9999 };

    public static readonly Localized DisabledMessage = new(
        "Tài khoản đã bị vô hiệu hóa; hãy liên hệ quản trị viên.", "This account is disabled; contact the administrator.");

    public async Task HandleAsync(int userId, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        if (userId == actor.UserId)
            throw new ValidationFailedException("", new Localized("Bạn không thể tự vô hiệu hóa tài khoản của mình.", "You cannot disable your own account."));
        var user = await Find(users, userId);
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        // One update (one audit row) carries the lockout and the new stamp.
        IdentityMessages.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "");
    }

    internal static async Task<AppUser> Find(UserManager<AppUser> users, int userId) =>
        await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? throw new NotFoundException(new Localized($"Không có người dùng mã {userId}.", $"There is no user with id {userId}."));
}
