using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// One level of the tree as it stood on a day: the children of a unit, or (no parent given) the top of what the
/// reader may see. The org tree page opens level by level with this instead of rendering the whole country.
/// </summary>
public sealed class BrowseOrgUnits(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Row(int Id, string Name, string Kind, string Level, int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, int ChildCount);

    public async Task<IReadOnlyList<Row>> HandleAsync(int? parentId, DateOnly? asOf, UnitScope scope, CancellationToken ct = default)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tree = await trees.GetAsync(db, ct);
        if (parentId is { } parent)
        {
            scope.Demand(parent);
            if (tree.Find(parent) is null) throw new Common.NotFoundException(new Common.Localized(
                $"Không có đơn vị mã {parent}.", $"There is no unit with id {parent}."));
        }
        var units = parentId is { } p ? tree.ChildrenOn(p, day).Where(scope.Contains) : Roots(tree, day, scope);
        return units.Select(id => tree.Find(id)!).OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new Row(u.Id, tree.NameOn(u.Id, day), u.Kind.ToString(), u.Level.ToString(), parentId,
                u.ValidFrom, u.ValidTo, tree.ChildrenOn(u.Id, day).Count(scope.Contains)))
            .ToList();
    }

    /// <summary>The units from the top of the reader's tree down to the unit (itself included), so a page can open that path.</summary>
    public async Task<IReadOnlyList<int>> PathAsync(int unitId, DateOnly? asOf, UnitScope scope, CancellationToken ct = default)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tree = await trees.GetAsync(db, ct);
        if (tree.Find(unitId) is not { } unit || !unit.ExistsOn(day) || !scope.Contains(unitId)) return [];
        return tree.AncestorsOn(unitId, day).TakeWhile(scope.Contains).Reverse().ToList();
    }

    /// <summary>How many units in scope existed on the day (the page says it without listing them).</summary>
    public async Task<int> CountAsync(DateOnly? asOf, UnitScope scope, CancellationToken ct = default)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return (await trees.GetAsync(db, ct)).Units.Count(u => u.ExistsOn(day) && scope.Contains(u.Id));
    }

    /// <summary>Units in scope on the day whose parent that day is outside the scope (or who have none).</summary>
    private static IEnumerable<int> Roots(OrgTree tree, DateOnly day, UnitScope scope) =>
        tree.Units.Where(u => u.ExistsOn(day) && scope.Contains(u.Id)
            && (tree.ParentOn(u.Id, day) is not { } up || !scope.Contains(up))).Select(u => u.Id);
}
