using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>Users with their roles, units and lockout state, a page at a time, searched by user name or full name: for administrators only.</summary>
public sealed class ListUsers(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string UserName, string FullName, IReadOnlyList<string> Roles, IReadOnlyList<string> Units, bool LockedOut, bool Disabled = false);
    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public async Task<Result> HandleAsync(UnitScope scope, string? search = null, int page = 1, int pageSize = PageSize, CancellationToken ct = default)
    {
        scope.DemandRole(Users.Roles.Administrator);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var now = clock.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // Upper-cased on both sides: SQLite's LIKE folds ASCII only, PostgreSQL's not at all.
            var needle = search.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(needle) || u.FullName.ToUpper().Contains(needle));
        }
        var total = await query.CountAsync(ct);
        var size = Math.Clamp(pageSize, 1, int.MaxValue);
        var current = Math.Max(1, page);
        var users = await query.OrderBy(u => u.UserName).Skip((int)Math.Min((long)(current - 1) * size, int.MaxValue)).Take(size)
            .Select(u => new { u.Id, u.UserName, u.FullName, u.LockoutEnd, u.LockoutEnabled, Units = u.Units.Select(x => x.OrgUnitId).ToList() })
            .ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var rows = users.Select(u => new Row(u.Id, u.UserName!, u.FullName,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.Units.Select(id => tree.Find(id) is null ? $"#{id}" : tree.NameOn(id, today)).ToList(),
            u.LockoutEnd is { } end && end > now,
            DisableUser.IsDisabled(u.LockoutEnabled, u.LockoutEnd))).ToList();
        return new Result(rows, total, current, size);
    }
}
