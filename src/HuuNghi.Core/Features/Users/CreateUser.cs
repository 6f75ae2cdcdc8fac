using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>Creates a user with roles and units, in one transaction: a user never exists without their scope.</summary>
public sealed class CreateUser(HuuNghiDbContext db, UserManager<AppUser> users, RoleManager<AppRole> roles)
{
    public sealed record Command(string UserName, string Password, string FullName, IReadOnlyList<string> Roles, IReadOnlyList<int> UnitIds, string Culture = "vi");

    public async Task<int> HandleAsync(Command command, CancellationToken ct = default)
    {
        var check = new Validation();
        check.Require(!string.IsNullOrWhiteSpace(command.UserName), nameof(Command.UserName), "Tên đăng nhập không được để trống.", "The user name is required.");
        foreach (var role in command.Roles)
            check.Require(Users.Roles.All.Contains(role), nameof(Command.Roles), $"Vai trò '{role}' không tồn tại.", $"There is no role '{role}'.");
        var known = await db.OrgUnits.Where(u => command.UnitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        foreach (var missing in command.UnitIds.Except(known))
            check.Require(false, nameof(Command.UnitIds), $"Không có đơn vị mã {missing}.", $"There is no unit with id {missing}.");
        check.ThrowIfInvalid();
        if (await users.FindByNameAsync(command.UserName) is not null)
            throw new ConflictException(new Localized($"Tên đăng nhập '{command.UserName}' đã có người dùng.", $"The user name '{command.UserName}' is taken."));

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await EnsureRolesAsync(roles);
        var user = new AppUser { UserName = command.UserName, FullName = command.FullName, Culture = command.Culture, LockoutEnabled = true };
        Throw(await users.CreateAsync(user, command.Password));
        Throw(await users.AddToRolesAsync(user, command.Roles));
        db.UserUnits.AddRange(command.UnitIds.Distinct().Select(id => new UserUnit { UserId = user.Id, OrgUnitId = id }));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return user.Id;
    }

    public static async Task EnsureRolesAsync(RoleManager<AppRole> roles)
    {
        foreach (var name in Users.Roles.All)
            if (!await roles.RoleExistsAsync(name)) Throw(await roles.CreateAsync(new AppRole(name)));
    }

    private static void Throw(IdentityResult result)
    {
        if (result.Succeeded) return;
        var text = string.Join(" ", result.Errors.Select(e => e.Description));
        throw new ValidationFailedException("", new Localized($"Không tạo được người dùng: {text}", $"Could not create the user: {text}"));
    }
}
