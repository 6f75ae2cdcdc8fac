using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The units under a root "as the tree stood in the period": the subtree on the first day, plus every unit
/// that joined it on a later day of the period. A unit moved or merged away after the period still counts for
/// it; one that arrived after the period does not.
/// </summary>
public static class PeriodUnits
{
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
