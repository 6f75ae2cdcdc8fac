using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Sets a user's name, language, roles and units in one transaction. <see cref="Command.ConcurrencyStamp"/> is the
/// stamp the form was drawn with: an edit over someone else's newer change is refused rather than undoing it.
/// Users, role and unit rows are audited by the save.
/// </summary>
public sealed class EditUser(HuuNghiDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles, ICurrentActor actor)
{
    public sealed record Command(int UserId, string FullName, string Culture, IReadOnlyList<string> Roles, IReadOnlyList<int> UnitIds, string ConcurrencyStamp);

    public static readonly string[] Cultures = ["vi", "en"];

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Users.Roles.Administrator);
        var check = new Validation().Id(command.UserId, nameof(Command.UserId)).MaxLength(command.FullName, 200, nameof(Command.FullName))
            .Require(Cultures.Contains(command.Culture), nameof(Command.Culture), "Ngôn ngữ phải là 'vi' hoặc 'en'.", "The language must be 'vi' or 'en'.");
        check.Require(command.Roles.Count > 0, nameof(Command.Roles), "Chọn ít nhất một vai trò.", "Choose at least one role.");
        foreach (var role in command.Roles.Distinct())
            check.Require(Users.Roles.All.Contains(role), nameof(Command.Roles), $"Vai trò '{role}' không tồn tại.", $"There is no role '{role}'.");
        var unitIds = command.UnitIds.Distinct().ToList();
        var known = await db.OrgUnits.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        foreach (var missing in unitIds.Except(known))
            check.Require(false, nameof(Command.UnitIds), $"Không có đơn vị mã {missing}.", $"There is no unit with id {missing}.");
        check.ThrowIfInvalid();

        var user = await users.FindByIdAsync(command.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new NotFoundException(new Localized($"Không có người dùng mã {command.UserId}.", $"There is no user with id {command.UserId}."));
        if (user.ConcurrencyStamp != command.ConcurrencyStamp) throw IdentityMessages.StaleEdit();
        var current = await users.GetRolesAsync(user);
        var wanted = command.Roles.Distinct().ToList();
        // An administrator who drops their own role would lock the installation out of its Users page.
        if (user.Id == actor.UserId && current.Contains(Users.Roles.Administrator) && !wanted.Contains(Users.Roles.Administrator))
            throw new ValidationFailedException(nameof(Command.Roles), new Localized(
                "Bạn không thể tự bỏ vai trò quản trị của mình.", "You cannot remove your own administrator role."));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await CreateUser.EnsureRolesAsync(roles);
        user.FullName = command.FullName.Trim();
        user.Culture = command.Culture;
        // One update carries the name and checks the stamp in the database too (a race between the read and here).
        IdentityMessages.ThrowIfFailed(await users.UpdateAsync(user), "");
        var remove = current.Except(wanted).ToList();
        if (remove.Count > 0) IdentityMessages.ThrowIfFailed(await users.RemoveFromRolesAsync(user, remove), nameof(Command.Roles));
        var add = wanted.Except(current).ToList();
        if (add.Count > 0) IdentityMessages.ThrowIfFailed(await users.AddToRolesAsync(user, add), nameof(Command.Roles));
        var held = await db.UserUnits.Where(x => x.UserId == user.Id).ToListAsync(ct);
        db.UserUnits.RemoveRange(held.Where(h => !unitIds.Contains(h.OrgUnitId)));
        db.UserUnits.AddRange(unitIds.Where(id => held.All(h => h.OrgUnitId != id)).Select(id => new UserUnit { UserId = user.Id, OrgUnitId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
