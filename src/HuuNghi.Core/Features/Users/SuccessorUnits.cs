using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Where the work of an ended unit went, read from the org events: the targets of the merge or split that ended
/// it; for a dissolved unit (the districts on 1/7/2025, whose events name no target) the units its areas went
/// into, or failing those its parent's successor. A proposal only: an administrator confirms it.
/// </summary>
public static class SuccessorUnits
{
    public sealed record Ending(DateOnly Date, OrgEventKind? Kind, IReadOnlyList<int> Successors);

    /// <summary>How the unit ended, or null while it still exists on <paramref name="today"/>.</summary>
    public static Ending? Of(OrgTree tree, int unitId, DateOnly today)
    {
        if (tree.Find(unitId) is not { ValidTo: { } lastDay } || lastDay >= today) return null;
        var closing = ClosingEvent(tree, unitId, lastDay);
        var found = new List<int>();
        Collect(tree, unitId, today, found, depth: 0);
        if (found.Count == 0 && tree.ParentOn(unitId, lastDay) is { } parent)
        {
            // Nothing of the unit carried on by name: its parent's area (or that area's successor) took the work.
            if (tree.Find(parent)!.ExistsOn(today)) found.Add(parent);
            else Collect(tree, parent, today, found, depth: 0);
        }
        return new Ending(closing?.Date ?? lastDay.AddDays(1), closing?.Kind, found.Distinct().Where(id => id != unitId).ToList());
    }

    private static OrgUnitEvent? ClosingEvent(OrgTree tree, int unitId, DateOnly lastDay) =>
        tree.Events.Where(e => e.Kind is OrgEventKind.Merge or OrgEventKind.Split or OrgEventKind.Dissolve or OrgEventKind.Move
                && e.Units.Any(u => u.OrgUnitId == unitId && u.Role == OrgEventRole.Source) && e.Date <= lastDay.AddDays(1))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Kind == OrgEventKind.Move).FirstOrDefault();

    /// <summary>Follows merge and split targets (a target that ended in turn is followed on), then the areas below.</summary>
    private static void Collect(OrgTree tree, int unitId, DateOnly today, List<int> found, int depth)
    {
        if (depth > 4 || tree.Find(unitId) is not { } unit) return;
        if (unit.ExistsOn(today)) { found.Add(unitId); return; }
        var targets = tree.Events.Where(e => e.Kind is OrgEventKind.Merge or OrgEventKind.Split
                && e.Units.Any(u => u.OrgUnitId == unitId && u.Role == OrgEventRole.Source))
            .SelectMany(e => e.Units.Where(u => u.Role == OrgEventRole.Target).Select(u => u.OrgUnitId)).Distinct().ToList();
        foreach (var target in targets) Collect(tree, target, today, found, depth + 1);
        if (targets.Count > 0 || unit.ValidTo is not { } lastDay) return;
        // A dissolved area: what became of the areas under it on its last day (a moved commune carries on itself).
        foreach (var child in tree.ChildrenOn(unitId, lastDay).Where(c => tree.Find(c)!.Kind == OrgUnitKind.AdministrativeArea))
            Collect(tree, child, today, found, depth + 1);
    }
}
