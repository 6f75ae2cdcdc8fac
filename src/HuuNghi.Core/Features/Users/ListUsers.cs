using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>Users with their roles, units and lockout state: for administrators only.</summary>
public sealed class ListUsers(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Row(int Id, string UserName, string FullName, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, bool LockedOut);

    public async Task<IReadOnlyList<Row>> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Users.Roles.Administrator);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.LockoutEnd, Units = u.Units.Select(x => x.OrgUnitId).ToList() })
            .ToListAsync(ct);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        return users.Select(u => new Row(u.Id, u.UserName!, u.FullName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
            u.Units.Select(id => tree.Find(id) is null ? $"#{id}" : tree.NameOn(id, today)).ToList(),
            u.LockoutEnd is { } end && end > now)).ToList();
    }
}
