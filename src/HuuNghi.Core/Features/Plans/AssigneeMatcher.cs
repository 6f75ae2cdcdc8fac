using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// Reads a lead or coordinating name as the plan's issuer meant it on the plan's date: a unit through the
/// alias table (an officer's mapping wins, being scoped nearest), else a collective through the group phrases.
/// </summary>
internal sealed class AssigneeMatcher(OrgTree tree, IReadOnlyList<OrgUnitGroupAlias> groups)
{
    public static async Task<AssigneeMatcher> LoadAsync(HuuNghiDbContext db, OrgTreeCache trees, CancellationToken ct) =>
        new(await trees.GetAsync(db, ct), await db.OrgUnitGroupAliases.AsNoTracking().ToListAsync(ct));

    public OrgTree Tree => tree;

    /// <summary>Fills the assignee's unit or group and the units that must act; clears them when nothing fits.</summary>
    public void Match(TaskAssignee assignee, int? writer, DateOnly day)
    {
        assignee.OrgUnitId = null;
        assignee.GroupAliasId = null;
        assignee.Units.Clear();
        if (Unit(assignee.Name, writer, day) is { } unitId)
        {
            assignee.OrgUnitId = unitId;
            assignee.Units.Add(new TaskAssigneeUnit { OrgUnitId = unitId, Role = assignee.Role });
            return;
        }
        var key = UnitNameKey.Of(assignee.Name);
        var group = groups.Where(g => g.Key == key && tree.GroupApplies(g, writer, day))
            .OrderBy(g => g.ScopeUnitId is null).FirstOrDefault();
        if (group is null) return;
        assignee.GroupAliasId = group.Id;
        foreach (var member in tree.MembersOf(group, writer, day))
            assignee.Units.Add(new TaskAssigneeUnit { OrgUnitId = member, Role = assignee.Role });
    }

    private int? Unit(string name, int? writer, DateOnly day)
    {
        if (tree.Resolve(name, writer, day) is { } id) return id;
        // "Các Đảng đoàn: Mặt trận Tổ quốc Việt Nam tỉnh" heads a list; the plural names the one body.
        var key = UnitNameKey.Of(name);
        return key.StartsWith("cac ", StringComparison.Ordinal) ? tree.Resolve(key[4..], writer, day) : null;
    }
}
