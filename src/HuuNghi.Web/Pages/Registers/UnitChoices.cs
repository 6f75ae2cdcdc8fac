using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Web.Pages.Registers;

/// <summary>The units a reader may pick in register forms and filters: their scope, history included (a 2023 record belongs to a district that has since ended).</summary>
public static class UnitChoices
{
    public sealed record Choice(int Id, string Name, bool Ended);

    public static async Task<IReadOnlyList<Choice>> GetAsync(HuuNghiDbContext db, OrgTreeCache trees, UnitScope scope, CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        return tree.Units.Where(u => scope.Contains(u.Id))
            .OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new Choice(u.Id, u.Name, u.ValidTo is not null)).ToList();
    }
}
