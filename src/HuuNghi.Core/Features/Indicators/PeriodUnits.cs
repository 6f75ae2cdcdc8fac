using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The units under a root "as the tree stood in the period": the subtree on the first day, plus every unit
/// that joined it on a later day of the period. A unit moved or merged away after the period still counts for
/// it; one that arrived after the period does not.
/// A People's Committee also answers for the records kept on its area itself (the district or commune, not
/// one of its bodies): the State body of an area reports what was recorded for the area (ADR 16), so such a
/// record is never left out of every report.
/// </summary>
public static class PeriodUnits
{
    /// <summary>
    /// The same units as <see cref="Of"/>, as a subquery over the closure: a unit belongs when one of its
    /// closure rows under the root overlaps the period (every such row starts on a day <see cref="Of"/> looks at).
    /// Used inside register queries, so no list of ids travels with them.
    /// </summary>
    public static IQueryable<int> Query(HuuNghiDbContext db, int root, DateOnly from, DateOnly to) =>
        db.OrgUnitClosures.Where(c => c.AncestorId == root && c.ValidFrom <= to && c.ValidTo >= from).Select(c => c.DescendantId)
            .Concat(db.OrgUnitClosures
                .Where(c => c.DescendantId == root && c.Depth == 1 && c.ValidFrom <= to && c.ValidTo >= from
                    && db.OrgUnits.Any(u => u.Id == root && u.Kind == OrgUnitKind.PeoplesCommittee)
                    && db.OrgUnits.Any(a => a.Id == c.AncestorId && a.Kind == OrgUnitKind.AdministrativeArea))
                .Select(c => c.AncestorId));

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
        units.UnionWith(AreasAnsweredFor(tree, root, from, to));
        return units;
    }

    /// <summary>The areas whose own records <paramref name="root"/> reports: its parent areas in the period, when it is their People's Committee.</summary>
    public static IEnumerable<int> AreasAnsweredFor(OrgTree tree, int root, DateOnly from, DateOnly to) =>
        tree.Find(root)?.Kind != OrgUnitKind.PeoplesCommittee ? [] :
            tree.LinksOf(root).Where(l => l.Overlaps(from, to) && tree.Find(l.ParentId)?.Kind == OrgUnitKind.AdministrativeArea)
                .Select(l => l.ParentId).Distinct();
}
