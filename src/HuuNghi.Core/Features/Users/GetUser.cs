using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>One user as the edit form needs them, with the stamp the edit must send back (see <see cref="EditUser"/>).</summary>
public sealed class GetUser(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Unit(int Id, string Name, DateOnly? EndedOn);
    public sealed record Details(int Id, string UserName, string FullName, string Culture, IReadOnlyList<string> Roles, IReadOnlyList<Unit> Units,
        bool Disabled, string ConcurrencyStamp);

    public async Task<Details> HandleAsync(int userId, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.Culture, u.LockoutEnabled, u.LockoutEnd, u.ConcurrencyStamp, Units = u.Units.Select(x => x.OrgUnitId).ToList() })
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Không có người dùng mã {userId}.", $"There is no user with id {userId}."));
        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var units = user.Units.Order().Select(id => tree.Find(id) is { } u
            ? new Unit(id, tree.NameOn(id, u.ValidTo is { } to && to < today ? to : today), u.ValidTo is { } end && end < today ? end : null)
            : new Unit(id, $"#{id}", null)).ToList();
        return new Details(user.Id, user.UserName!, user.FullName, user.Culture, roles.Order().ToList(), units,
            DisableUser.IsDisabled(user.LockoutEnabled, user.LockoutEnd), user.ConcurrencyStamp ?? "");
    }
}
