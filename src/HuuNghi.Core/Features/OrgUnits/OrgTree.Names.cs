namespace HuuNghi.Core.Features.OrgUnits;

// Name resolution: how "UBND Tỉnh" in a Tháp Mười report becomes the Đồng Tháp People's Committee.
public sealed partial class OrgTree
{
    private readonly record struct Candidate(int UnitId, int? ScopeId);

    private readonly ILookup<string, Candidate> _aliasIndex;

    private ILookup<string, Candidate> BuildAliasIndex(IEnumerable<OrgUnitAlias> aliases)
    {
        var candidates = new List<(string Key, Candidate C)>();
        var names = _units.Values.Select(u => (u.Id, Text: u.Name, Scope: (int?)null))
            .Concat(_units.Values.Where(u => u.ShortName is { Length: > 0 }).Select(u => (u.Id, Text: u.ShortName!, Scope: (int?)null)))
            .Concat(aliases.Select(a => (Id: a.OrgUnitId, a.Text, Scope: a.ScopeUnitId)));
        foreach (var (unitId, text, scope) in names)
        {
            var key = UnitNameKey.Of(text);
            candidates.Add((key, new Candidate(unitId, scope)));
            if (scope is not null) continue;
            // "Ủy ban nhân dân huyện Tháp Mười" is "Ủy ban nhân dân huyện" inside Huyện Tháp Mười.
            foreach (var areaId in NearestAreas(unitId))
            {
                var proper = UnitNameKey.ProperNameOfArea(_units[areaId].Name);
                if (proper.Length == 0 || !key.EndsWith(" " + proper, StringComparison.Ordinal)) continue;
                var generic = key[..^(proper.Length + 1)];
                candidates.Add((generic, new Candidate(unitId, areaId)));
                // "Sở Ngoại vụ tỉnh Quảng Ngãi" is also plain "Sở Ngoại vụ" to the province's own districts.
                var withoutLevel = UnitNameKey.WithoutTrailingAreaWord(generic);
                if (withoutLevel != generic && withoutLevel.Length > 0) candidates.Add((withoutLevel, new Candidate(unitId, areaId)));
            }
        }
        return candidates.Distinct().ToLookup(x => x.Key, x => x.C);
    }

    /// <summary>The unit itself if it is an area, else the first area up each of its parent paths (any time).</summary>
    private HashSet<int> NearestAreas(int unitId)
    {
        var areas = new HashSet<int>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>([unitId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!seen.Add(id)) continue;
            if (_units[id].Kind == OrgUnitKind.AdministrativeArea) { areas.Add(id); continue; }
            foreach (var link in _linksByChild[id]) stack.Push(link.ParentId);
        }
        return areas;
    }

    /// <summary>
    /// Resolves a name as a document written by <paramref name="contextUnitId"/> on <paramref name="day"/> meant
    /// it. Scoped aliases of the nearest enclosing area win over global names; null when nothing or more than one
    /// unit fits equally well.
    /// </summary>
    public int? Resolve(string name, int? contextUnitId, DateOnly day)
    {
        var candidates = _aliasIndex[UnitNameKey.Of(name)].Where(c => _units[c.UnitId].ExistsOn(day)).ToList();
        if (candidates.Count == 0) return null;
        var chain = contextUnitId is { } ctx ? AncestorsOn(ctx, day) : [];
        var ranked = candidates
            .Select(c => (c.UnitId, Rank: c.ScopeId is null ? int.MaxValue : IndexOf(chain, c.ScopeId.Value)))
            .Where(c => c.Rank >= 0)
            .GroupBy(c => c.Rank).OrderBy(g => g.Key).FirstOrDefault();
        if (ranked is null) return null;
        var units = ranked.Select(c => c.UnitId).Distinct().ToList();
        return units.Count == 1 ? units[0] : NearestToContext(units, chain, day);
    }

    private int? NearestToContext(List<int> units, IReadOnlyList<int> chain, DateOnly day)
    {
        // Two global units share a name ("Sở Ngoại vụ"): take the one under the writer's nearest area.
        var best = units.Select(u => (u, Distance: AncestorsOn(u, day).Select(a => IndexOf(chain, a)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min()))
            .GroupBy(x => x.Distance).OrderBy(g => g.Key).First().ToList();
        return best.Count == 1 && best[0].Distance != int.MaxValue ? best[0].u : null;
    }

    private static int IndexOf(IReadOnlyList<int> chain, int id)
    {
        for (var i = 0; i < chain.Count; i++) if (chain[i] == id) return i;
        return -1;
    }
}
