using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>The units a user may see and change: the subtrees of their units, history included.</summary>
public sealed class UnitScope(bool all, IReadOnlySet<int> unitIds, IReadOnlySet<string> roles, IReadOnlyList<int>? ownUnitIds = null)
{
    public static readonly UnitScope Everything = new(true, new HashSet<int>(), new HashSet<string> { Users.Roles.Administrator });

    public bool All { get; } = all;
    public IReadOnlySet<int> UnitIds { get; } = unitIds;
    public IReadOnlySet<string> Roles { get; } = roles;
    /// <summary>The units the user belongs to (not their subtrees): what a user stores belongs to one of these unless they choose another in scope.</summary>
    public IReadOnlyList<int> OwnUnitIds { get; } = ownUnitIds ?? [];

    public bool Contains(int unitId) => All || UnitIds.Contains(unitId);
    public bool IsInRole(params string[] roles) => All || roles.Any(Roles.Contains);

    /// <summary>Throws <see cref="ForbiddenException"/> unless the unit is inside the scope.</summary>
    public void Demand(int unitId)
    {
        if (!Contains(unitId)) throw new ForbiddenException();
    }

    public void DemandRole(params string[] roles)
    {
        if (!IsInRole(roles)) throw new ForbiddenException(new Localized(
            "Vai trò của bạn không được phép thực hiện thao tác này.", "Your role does not allow this action."));
    }
}

/// <summary>Works out a user's <see cref="UnitScope"/> from their roles and units.</summary>
public sealed class AccessScope(HuuNghiDbContext db, OrgTreeCache trees)
{
    public async Task<UnitScope> ForUserAsync(int userId, CancellationToken ct = default)
    {
        // A disabled account sees nothing, even through a token or cookie issued before it was disabled.
        var lockout = await db.Users.Where(u => u.Id == userId).Select(u => new { u.LockoutEnabled, u.LockoutEnd }).SingleOrDefaultAsync(ct);
        if (lockout is null || DisableUser.IsDisabled(lockout.LockoutEnabled, lockout.LockoutEnd))
            return new UnitScope(false, new HashSet<int>(), new HashSet<string>());
        var roles = await db.UserRoles.Where(r => r.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync(ct);
        if (roles.Contains(Roles.Administrator)) return UnitScope.Everything;
        var units = await db.UserUnits.Where(u => u.UserId == userId).OrderBy(u => u.OrgUnitId).Select(u => u.OrgUnitId).ToListAsync(ct);
        var tree = await trees.GetAsync(db, ct);
        return new UnitScope(false, tree.SubtreeAnyTime(units), roles.ToHashSet(), units);
    }
}
