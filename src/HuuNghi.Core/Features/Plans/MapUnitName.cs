using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// The names plans gave that matched no unit, and mapping one of them once: the mapping is stored as an alias
/// scoped to the plan issuer's area, so every later document from that area matches it, and the plans already
/// holding the name are matched now.
/// </summary>
public sealed class MapUnitName(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Unmatched(string Name, string Key, int PlanId, string? PlanReference, int? IssuerUnitId, int Tasks);
    public sealed record Command(int PlanId, string Name, int OrgUnitId);

    public async Task<IReadOnlyList<Unmatched>> ListAsync(UnitScope scope, CancellationToken ct = default)
    {
        var units = scope.UnitIds.ToList();
        var rows = await db.TaskAssignees.Where(a => a.OrgUnitId == null && a.GroupAliasId == null)
            .Join(db.PlanTasks, a => a.TaskId, t => t.Id, (a, t) => new { a.Name, a.Key, t.PlanId })
            .Join(db.Plans, x => x.PlanId, p => p.Id, (x, p) => new { x.Name, x.Key, x.PlanId, p.Reference, p.IssuerUnitId })
            .Where(x => scope.All || (x.IssuerUnitId != null && units.Contains(x.IssuerUnitId.Value)))
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.Key, r.PlanId))
            .Select(g => new Unmatched(g.First().Name, g.Key.Key, g.Key.PlanId, g.First().Reference, g.First().IssuerUnitId, g.Count()))
            .OrderBy(u => u.PlanId).ThenBy(u => u.Name).ToList();
    }

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        var plan = await PlanEditing.LoadForEditAsync(db, command.PlanId, scope, ct);
        var tree = await trees.GetAsync(db, ct);
        var unit = tree.Find(command.OrgUnitId);
        var area = plan.IssuerUnitId is { } issuer ? tree.AreaOf(issuer, plan.PlanDate) : null;
        var key = UnitNameKey.Of(command.Name);
        var v = new Validation();
        v.Require(key.Length > 0, nameof(Command.Name), "Nhập tên cần khớp.", "Enter the name to map.").MaxLength(command.Name, 300, nameof(Command.Name));
        v.Require(unit?.ExistsOn(plan.PlanDate) == true, nameof(Command.OrgUnitId), "Đơn vị không tồn tại vào ngày của kế hoạch.", "The unit did not exist on the plan's date.");
        v.Require(area is not null, nameof(Command.PlanId), "Kế hoạch chưa xác định được cơ quan ban hành.", "The plan's issuer is not known.");
        v.ThrowIfInvalid();
        if (!await db.OrgUnitAliases.AnyAsync(a => a.Key == key && a.ScopeUnitId == area && a.OrgUnitId == command.OrgUnitId, ct))
            db.OrgUnitAliases.Add(new OrgUnitAlias { OrgUnitId = command.OrgUnitId, ScopeUnitId = area, Text = command.Name.Trim(), Key = key });
        await db.SaveChangesAsync(ct);
        return await RematchAsync(key, ct);
    }

    /// <summary>Matches again every still-unmatched assignee with this name, each on its own plan's date and issuer.</summary>
    private async Task<int> RematchAsync(string key, CancellationToken ct)
    {
        var matcher = await AssigneeMatcher.LoadAsync(db, trees, ct);
        var open = await db.TaskAssignees.Include(a => a.Units).Where(a => a.Key == key && a.OrgUnitId == null && a.GroupAliasId == null)
            .Join(db.PlanTasks, a => a.TaskId, t => t.Id, (a, t) => new { a, t.PlanId })
            .Join(db.Plans, x => x.PlanId, p => p.Id, (x, p) => new { x.a, p.IssuerUnitId, p.PlanDate }).ToListAsync(ct);
        foreach (var x in open) matcher.Match(x.a, x.IssuerUnitId, x.PlanDate);
        await db.SaveChangesAsync(ct);
        return open.Count(x => x.a.OrgUnitId is not null);
    }
}
