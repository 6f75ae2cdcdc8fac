using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The units under a root "as the tree stood in the period": the subtree on the first day, plus every unit
/// that joined it on a later day of the period. A unit moved or merged away after the period still counts for
/// it; one that arrived after the period does not.
/// </summary>
public static class PeriodUnits
{
    /// <summary>
    /// The same units as <see cref="Of"/>, as a subquery over the closure: a unit belongs when one of its
    /// closure rows under the root overlaps the period (every such row starts on a day <see cref="Of"/> looks at).
    /// Used inside register queries, so no list of ids travels with them.
    /// </summary>
    public static IQueryable<int> Query(HuuNghiDbContext db, int root, DateOnly from, DateOnly to) =>
        db.OrgUnitClosures.Where(c => c.AncestorId == root && c.ValidFrom <= to && c.ValidTo >= from).Select(c => c.DescendantId);

    public static HashSet<int> Of(OrgTree tree, int root, DateOnly from, DateOnly to)
    {
        var days = new SortedSet<DateOnly> { from, to };
        foreach (var unit in tree.Units)
        {
            if (unit.ValidFrom is { } f && f > from && f <= to) days.Add(f);
            foreach (var link in tree.LinksOf(unit.Id))
                if (link.ValidFrom is { } lf && lf > from && lf <= to) days.Add(lf);
        }
        var units = new HashSet<int>();
        foreach (var day in days) units.UnionWith(tree.SubtreeOn(root, day));
        return units;
    }
}
