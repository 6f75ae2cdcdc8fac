using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>The units an officer may pick on plan forms: their own units, and everything in their units' areas.</summary>
public static class UnitChoices
{
    public sealed record Choice(int Id, string Name);

    public static async Task<(IReadOnlyList<Choice> Mine, IReadOnlyList<Choice> InArea)> LoadAsync(
        HuuNghiDbContext db, OrgTree tree, UnitScope scope, string? userName, DateOnly day, CancellationToken ct)
    {
        var mine = await db.UserUnits.Where(u => db.Users.Any(x => x.Id == u.UserId && x.UserName == userName)).Select(u => u.OrgUnitId).ToListAsync(ct);
        var areas = mine.Select(id => tree.AreaOf(id, day)).OfType<int>().Distinct().ToList();
        var inArea = scope.All && areas.Count == 0
            ? tree.AsOf(day).Select(x => x.Unit.Id)
            : areas.SelectMany(a => tree.SubtreeOn(a, day));
        // A focal officer of a province issues for any body in it; an officer of a body, for that body.
        var own = mine.Concat(inArea).Where(id => tree.Find(id)?.ExistsOn(day) == true && tree.Find(id)!.Kind != OrgUnitKind.AdministrativeArea);
        return (Choices(own, tree, day), Choices(inArea.Where(id => tree.Find(id)!.Kind != OrgUnitKind.AdministrativeArea), tree, day));
    }

    private static List<Choice> Choices(IEnumerable<int> ids, OrgTree tree, DateOnly day) =>
        ids.Distinct().Select(id => new Choice(id, tree.NameOn(id, day))).OrderBy(c => tree.Find(c.Id)!.Level).ThenBy(c => c.Name).ToList();
}
