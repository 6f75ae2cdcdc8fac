namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// An immutable in-memory picture of the whole organisation history (units, dated parent links, events,
/// aliases). Answers "the tree as of a day", subtrees and name resolution without touching the database;
/// <see cref="OrgTreeCache"/> rebuilds it when the data changes. 25,000 units fit in a few megabytes.
/// </summary>
public sealed partial class OrgTree
{
    private readonly Dictionary<int, OrgUnit> _units;
    private readonly ILookup<int, OrgUnitParentLink> _linksByChild;
    private readonly ILookup<int, OrgUnitParentLink> _linksByParent;
    private readonly ILookup<int, OrgUnitEvent> _renamesByUnit;
    private readonly ILookup<int, int> _mergedInto;

    public OrgTree(IEnumerable<OrgUnit> units, IEnumerable<OrgUnitParentLink> links,
        IEnumerable<OrgUnitEvent> events, IEnumerable<OrgUnitAlias> aliases)
    {
        _units = units.ToDictionary(u => u.Id);
        var linkList = links.ToList();
        _linksByChild = linkList.ToLookup(l => l.ChildId);
        _linksByParent = linkList.ToLookup(l => l.ParentId);
        var eventList = events.ToList();
        Events = eventList;
        _renamesByUnit = eventList.Where(e => e.Kind == OrgEventKind.Rename)
            .SelectMany(e => e.Units.Select(u => (u.OrgUnitId, e))).ToLookup(x => x.OrgUnitId, x => x.e);
        // Predecessor → successor, so a successor's subtree includes what its predecessors did.
        _mergedInto = eventList.Where(e => e.Kind is OrgEventKind.Merge or OrgEventKind.Split)
            .SelectMany(e => e.Units.Where(u => u.Role == OrgEventRole.Target)
                .SelectMany(t => e.Units.Where(u => u.Role == OrgEventRole.Source).Select(s => (Target: t.OrgUnitId, Source: s.OrgUnitId))))
            .ToLookup(x => x.Target, x => x.Source);
        _aliasIndex = BuildAliasIndex(aliases);
    }

    public IReadOnlyList<OrgUnitEvent> Events { get; }
    public IEnumerable<OrgUnit> Units => _units.Values;
    public OrgUnit? Find(int id) => _units.GetValueOrDefault(id);
    public IEnumerable<OrgUnitParentLink> LinksOf(int childId) => _linksByChild[childId];

    public int? ParentOn(int id, DateOnly day) => _linksByChild[id].FirstOrDefault(l => l.ActiveOn(day))?.ParentId;

    /// <summary>The unit's name on a day, undoing later renames.</summary>
    public string NameOn(int id, DateOnly day)
    {
        var unit = _units[id];
        var laterRename = _renamesByUnit[id].Where(e => e.Date > day).OrderBy(e => e.Date).FirstOrDefault();
        return laterRename?.OldName ?? unit.Name;
    }

    /// <summary>The units directly under a unit on a day (one level, for a tree that opens lazily).</summary>
    public IEnumerable<int> ChildrenOn(int id, DateOnly day) =>
        _linksByParent[id].Where(l => l.ActiveOn(day) && _units[l.ChildId].ExistsOn(day)).Select(l => l.ChildId).Distinct();

    /// <summary>The units that existed on a day, each with its parent on that day.</summary>
    public IEnumerable<(OrgUnit Unit, int? ParentId)> AsOf(DateOnly day) =>
        _units.Values.Where(u => u.ExistsOn(day)).OrderBy(u => u.Level).ThenBy(u => u.Id).Select(u => (u, ParentOn(u.Id, day)));

    /// <summary>Self, parent, grandparent… on a day.</summary>
    public IReadOnlyList<int> AncestorsOn(int id, DateOnly day)
    {
        var chain = new List<int>();
        for (int? current = id; current is { } c && !chain.Contains(c); current = ParentOn(c, day)) chain.Add(c);
        return chain;
    }

    /// <summary>
    /// Everything that is or ever was under the roots, and the predecessors merged into them: what an
    /// officer of those units may see, history included.
    /// </summary>
    public HashSet<int> SubtreeAnyTime(IEnumerable<int> roots)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>(roots);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            foreach (var link in _linksByParent[id]) stack.Push(link.ChildId);
            foreach (var predecessor in _mergedInto[id]) stack.Push(predecessor);
        }
        return seen;
    }

    /// <summary>The units under a root on a given day (the root included): "as the tree stood then".</summary>
    public HashSet<int> SubtreeOn(int root, DateOnly day)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>([root]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            foreach (var link in _linksByParent[id].Where(l => l.ActiveOn(day) && _units[l.ChildId].ExistsOn(day)))
                stack.Push(link.ChildId);
        }
        return seen;
    }

    /// <summary>Whether making <paramref name="parentId"/> the parent of <paramref name="childId"/> would put a unit under itself.</summary>
    public bool WouldCycle(int childId, int parentId, DateOnly? from, DateOnly? to)
    {
        if (childId == parentId) return true;
        var seen = new HashSet<int>();
        var stack = new Stack<int>([childId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (id == parentId) return true;
            if (!seen.Add(id)) continue;
            foreach (var link in _linksByParent[id].Where(l => l.Overlaps(from, to))) stack.Push(link.ChildId);
        }
        return false;
    }
}
