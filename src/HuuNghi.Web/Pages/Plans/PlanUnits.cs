using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Pages.Shared;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>
/// The units an officer may pick on plan forms (issuer, lead and coordinating units, a name's match): their own
/// units and every body in their units' areas, areas themselves left out. Served by typing
/// (<c>/Plans?handler=Units&amp;q=</c>), a handful at a time: a plan page never carries the area's every unit.
/// </summary>
public static class PlanUnits
{
    public const string SearchUrl = "/Plans?handler=Units";

    /// <summary>The pickable units as a scope, so the org unit search ranks and bounds them as it does everywhere.</summary>
    public static async Task<UnitScope> ScopeAsync(HuuNghiDbContext db, OrgTree tree, UnitScope scope, string? userName, DateOnly day, CancellationToken ct)
    {
        var mine = await db.UserUnits.Where(u => db.Users.Any(x => x.Id == u.UserId && x.UserName == userName)).Select(u => u.OrgUnitId).ToListAsync(ct);
        var areas = mine.Select(id => tree.AreaOf(id, day)).OfType<int>().Distinct().ToList();
        var inArea = scope.All && areas.Count == 0
            ? tree.AsOf(day).Select(x => x.Unit.Id)
            : areas.SelectMany(a => tree.SubtreeOn(a, day));
        // A focal officer of a province issues for any body in it; an officer of a body, for that body.
        var ids = mine.Concat(inArea).Where(id => tree.Find(id) is { } u && u.ExistsOn(day) && u.Kind != OrgUnitKind.AdministrativeArea).ToHashSet();
        return new UnitScope(false, ids, new HashSet<string>());
    }

    /// <summary>The issuer a new plan opens on: the officer's own unit where it may issue, else the highest body it may name.</summary>
    public static async Task<int?> FirstAsync(HuuNghiDbContext db, OrgTree tree, UnitScope scope, string? userName, DateOnly day, CancellationToken ct)
    {
        var pickable = await ScopeAsync(db, tree, scope, userName, day, ct);
        var mine = await db.UserUnits.Where(u => db.Users.Any(x => x.Id == u.UserId && x.UserName == userName)).OrderBy(u => u.OrgUnitId).Select(u => u.OrgUnitId).ToListAsync(ct);
        return mine.Where(pickable.Contains).Cast<int?>().FirstOrDefault()
            ?? pickable.UnitIds.Select(id => tree.Find(id)!).OrderBy(u => u.Level).ThenBy(u => tree.NameOn(u.Id, day)).Select(u => (int?)u.Id).FirstOrDefault();
    }

    /// <summary>Names of the units a form already holds (its chips), under their names of the day.</summary>
    public static async Task<IReadOnlyList<UnitsPicker.Unit>> NamesAsync(HuuNghiDbContext db, OrgTreeCache trees, IEnumerable<int> ids, DateOnly day, CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        return ids.Distinct().Where(id => tree.Find(id) is not null).Select(id => new UnitsPicker.Unit(id, tree.NameOn(id, day))).ToList();
    }
}
