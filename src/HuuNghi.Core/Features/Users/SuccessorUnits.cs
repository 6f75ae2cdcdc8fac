using HuuNghi.Core.Features.OrgUnits;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Where the work of an ended unit went, read from the org events: the targets of the merge or split that ended
/// it; for a dissolved unit (the districts on 1/7/2025, whose events name no target) the units its areas went
/// into, or failing those its parent's successor. A proposal only: an administrator confirms it.
/// Build one per request and ask it for many units: the events are indexed once, not scanned per unit.
/// </summary>
public sealed class SuccessorUnits
{
    public sealed record Ending(DateOnly Date, OrgEventKind? Kind, IReadOnlyList<int> Successors);

    private readonly OrgTree _tree;
    private readonly DateOnly _today;
    private readonly ILookup<int, OrgUnitEvent> _eventsBySource;

    public SuccessorUnits(OrgTree tree, DateOnly today)
    {
        _tree = tree;
        _today = today;
        _eventsBySource = tree.Events
            .SelectMany(e => e.Units.Where(u => u.Role == OrgEventRole.Source).Select(u => (u.OrgUnitId, Event: e)))
            .ToLookup(x => x.OrgUnitId, x => x.Event);
    }

    public static Ending? Of(OrgTree tree, int unitId, DateOnly today) => new SuccessorUnits(tree, today).Of(unitId);

    /// <summary>How the unit ended, or null while it still exists today.</summary>
    public Ending? Of(int unitId)
    {
        if (_tree.Find(unitId) is not { ValidTo: { } lastDay } || lastDay >= _today) return null;
        var closing = _eventsBySource[unitId]
            .Where(e => e.Kind is OrgEventKind.Merge or OrgEventKind.Split or OrgEventKind.Dissolve or OrgEventKind.Move && e.Date <= lastDay.AddDays(1))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Kind == OrgEventKind.Move).FirstOrDefault();
        var found = new List<int>();
        Collect(unitId, found, depth: 0);
        if (found.Count == 0 && _tree.ParentOn(unitId, lastDay) is { } parent)
        {
            // Nothing of the unit carried on by name: its parent's area (or that area's successor) took the work.
            if (_tree.Find(parent)!.ExistsOn(_today)) found.Add(parent);
            else Collect(parent, found, depth: 0);
        }
        return new Ending(closing?.Date ?? lastDay.AddDays(1), closing?.Kind, found.Distinct().Where(id => id != unitId).ToList());
    }

    /// <summary>Follows merge and split targets (a target that ended in turn is followed on), then the areas below.</summary>
    private void Collect(int unitId, List<int> found, int depth)
    {
        if (depth > 4 || _tree.Find(unitId) is not { } unit) return;
        if (unit.ExistsOn(_today)) { found.Add(unitId); return; }
        var targets = _eventsBySource[unitId].Where(e => e.Kind is OrgEventKind.Merge or OrgEventKind.Split)
            .SelectMany(e => e.Units.Where(u => u.Role == OrgEventRole.Target).Select(u => u.OrgUnitId)).Distinct().ToList();
        foreach (var target in targets) Collect(target, found, depth + 1);
        if (targets.Count > 0 || unit.ValidTo is not { } lastDay) return;
        // A dissolved area: what became of the areas under it on its last day (a moved commune carries on itself).
        foreach (var child in _tree.ChildrenOn(unitId, lastDay).Where(c => _tree.Find(c)!.Kind == OrgUnitKind.AdministrativeArea))
            Collect(child, found, depth + 1);
    }
}
