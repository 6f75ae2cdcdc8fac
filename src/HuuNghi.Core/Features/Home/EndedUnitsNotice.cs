using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// For a user all of whose units have ended (a district officer after 1/7/2025): when each ended and which successors
/// the org events propose, so the home page can say what to ask the administrator for instead of showing an empty scope.
/// Empty while the user holds any unit that still exists.
/// </summary>
public sealed class EndedUnitsNotice(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Ended(string Name, DateOnly LastDay, IReadOnlyList<string> Successors);

    public async Task<IReadOnlyList<Ended>> HandleAsync(int userId, CancellationToken ct = default)
    {
        var units = await db.UserUnits.Where(u => u.UserId == userId).OrderBy(u => u.OrgUnitId).Select(u => u.OrgUnitId).ToListAsync(ct);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var successors = new SuccessorUnits(tree, today);
        var endings = units.Select(id => (Id: id, Ending: successors.Of(id))).ToList();
        if (endings.Count == 0 || endings.Any(e => e.Ending is null)) return [];
        return endings.Select(e => new Ended(tree.NameOn(e.Id, e.Ending!.Date.AddDays(-1)), e.Ending.Date.AddDays(-1),
            e.Ending.Successors.Select(s => tree.NameOn(s, today)).ToList())).ToList();
    }
}
