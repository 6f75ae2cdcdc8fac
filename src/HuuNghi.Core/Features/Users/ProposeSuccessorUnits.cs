using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// The reform moved people, not just units: for each user holding a unit that has ended, the successor units the
/// org events point to and the user does not hold yet. Administrators confirm them one by one (<see cref="ConfirmSuccessor"/>).
/// </summary>
public sealed class ProposeSuccessorUnits(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const int PageSize = 50;

    public sealed record Unit(int Id, string Name);
    public sealed record Row(int UserId, string UserName, string FullName, Unit Ended, DateOnly EventDate, IReadOnlyList<Unit> Successors);
    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public async Task<Result> HandleAsync(UnitScope scope, int page = 1, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var ended = tree.Units.Where(u => u.ValidTo is { } to && to < today).Select(u => u.Id).ToHashSet();
        var holdings = await db.UserUnits.AsNoTracking().OrderBy(x => x.UserId).ThenBy(x => x.OrgUnitId)
            .Select(x => new { x.UserId, x.OrgUnitId }).ToListAsync(ct);
        var byUser = holdings.GroupBy(h => h.UserId).ToDictionary(g => g.Key, g => g.Select(h => h.OrgUnitId).ToHashSet());
        var successors = new SuccessorUnits(tree, today);
        var candidates = new List<(int UserId, int Ended, SuccessorUnits.Ending Ending, List<int> Missing)>();
        foreach (var (userId, units) in byUser)
            foreach (var unitId in units.Where(ended.Contains).Order())
            {
                if (successors.Of(unitId) is not { } ending) continue;
                var missing = ending.Successors.Where(s => !units.Contains(s)).ToList();
                // Confirmed already (or given another current unit by hand): nothing left to propose.
                if (missing.Count == 0) continue;
                candidates.Add((userId, unitId, ending, missing));
            }

        var size = PageSize;
        var current = Math.Max(1, page);
        var shown = candidates.Skip((current - 1) * size).Take(size).ToList();
        var ids = shown.Select(c => c.UserId).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.UserName, u.FullName }).ToDictionaryAsync(u => u.Id, ct);
        Unit Named(int id, DateOnly day) => new(id, tree.NameOn(id, day));
        var rows = shown.Where(c => people.ContainsKey(c.UserId)).Select(c => new Row(c.UserId, people[c.UserId].UserName!, people[c.UserId].FullName,
            Named(c.Ended, c.Ending.Date.AddDays(-1)), c.Ending.Date, c.Missing.Select(s => Named(s, today)).ToList())).ToList();
        return new Result(rows, candidates.Count, current, size);
    }
}
