using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;

namespace HuuNghi.Web.Pages.Registers;

/// <summary>The units a reader may pick in register forms and filters: their scope, history included (a 2023 record belongs to a district that has since ended).</summary>
public static class UnitChoices
{
    public sealed record Choice(int Id, string Name, bool Ended);

    public static async Task<IReadOnlyList<Choice>> GetAsync(HuuNghiDbContext db, OrgTreeCache trees, UnitScope scope, CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        return InScope(tree, scope).Select(u => new Choice(u.Id, u.Name, u.ValidTo is not null)).ToList();
    }

    /// <summary>
    /// The unit a form opens on when it has none: the body that keeps the register, not the area it serves (ADR 16).
    /// A district officer's scope starts at the district; their records are the People's Committee's. So: units still in
    /// existence first, then the highest level, then a People's Committee before other bodies and bodies before areas.
    /// </summary>
    public static async Task<int?> FirstAsync(HuuNghiDbContext db, OrgTreeCache trees, UnitScope scope, CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        return InScope(tree, scope)
            .OrderBy(u => u.ValidTo is null ? 0 : 1).ThenBy(u => u.Level)
            .ThenBy(u => u.Kind switch { OrgUnitKind.PeoplesCommittee => 0, OrgUnitKind.AdministrativeArea => 2, _ => 1 })
            .ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (int?)u.Id).FirstOrDefault();
    }

    /// <summary>The name the unit picker shows for the chosen unit; none for a unit outside the scope (its name is not the reader's to see).</summary>
    public static async Task<string?> NameAsync(HuuNghiDbContext db, OrgTreeCache trees, UnitScope scope, int? unitId, CancellationToken ct)
    {
        if (unitId is not { } id || !scope.Contains(id)) return null;
        var unit = (await trees.GetAsync(db, ct)).Find(id);
        return unit is null ? null : unit.Name + (unit.ValidTo is not null ? Ui.T(" (đã kết thúc)", " (ended)") : "");
    }

    private static IEnumerable<OrgUnit> InScope(OrgTree tree, UnitScope scope) =>
        tree.Units.Where(u => scope.Contains(u.Id)).OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal);
}
