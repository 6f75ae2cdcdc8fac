namespace HuuNghi.Core.Features.OrgUnits;

// Collectives: what "các xã, thị trấn" in a district plan meant on the plan's day.
public sealed partial class OrgTree
{
    /// <summary>The writer's own area on a day: the unit itself if it is an area, else the first area above it.</summary>
    public int? AreaOf(int unitId, DateOnly day) =>
        AncestorsOn(unitId, day).Cast<int?>().FirstOrDefault(id => _units[id!.Value].Kind == OrgUnitKind.AdministrativeArea);

    /// <summary>The units a group phrase meant for a writer on a day; empty when the writer has no area then.</summary>
    public IReadOnlyList<int> MembersOf(OrgUnitGroupAlias group, int? writerUnitId, DateOnly day)
    {
        if (writerUnitId is not { } writer || AreaOf(writer, day) is not { } areaId) return [];
        var kinds = group.KindSet();
        var areaLevel = (int)_units[areaId].Level;
        return SubtreeOn(areaId, day)
            .Select(id => _units[id])
            .Where(u => kinds.Contains(u.Kind)
                && (int)u.Level - areaLevel >= group.MinDepth && (int)u.Level - areaLevel <= group.MaxDepth
                && (group.NamePrefix is null || UnitNameKey.Of(NameOn(u.Id, day)).StartsWith(group.NamePrefix, StringComparison.Ordinal)))
            .OrderBy(u => u.Level).ThenBy(u => u.Id)
            .Select(u => u.Id).ToList();
    }

    /// <summary>Whether a group phrase holds for a writer: global, or scoped to one of the writer's ancestors.</summary>
    public bool GroupApplies(OrgUnitGroupAlias group, int? writerUnitId, DateOnly day) =>
        group.ScopeUnitId is not { } scope || (writerUnitId is { } w && AncestorsOn(w, day).Contains(scope));
}
