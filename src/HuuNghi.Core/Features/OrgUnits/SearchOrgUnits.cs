using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// The units a person may pick, found by what they type (name with or without diacritics, code or id), so a
/// page carries a handful of matches instead of a drop-down of the whole country. Bounded: at most
/// <see cref="MaxLimit"/> rows, and <see cref="Result.More"/> says when there were others.
/// </summary>
public sealed class SearchOrgUnits(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const int MaxLimit = 20;

    public sealed record Row(int Id, string Name, string Code, string Level, int? ParentId, string? ParentName, bool Ended);
    public sealed record Result(IReadOnlyList<Row> Units, bool More);

    /// <param name="asOf">Only the units that existed that day, under their names of that day; null searches history too
    /// (a 2023 record belongs to a district that has since ended).</param>
    public async Task<Result> HandleAsync(string? q, DateOnly? asOf, int? limit, UnitScope scope, CancellationToken ct = default)
    {
        var take = Math.Clamp(limit ?? MaxLimit, 1, MaxLimit);
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tree = await trees.GetAsync(db, ct);
        var typed = (q ?? "").Trim();
        var key = UnitNameKey.Of(typed);
        var code = typed.ToLowerInvariant();
        int? id = int.TryParse(typed, out var n) ? n : null;

        // Rank: the exact id or code, the exact name, names that start with what was typed, then names containing it.
        var ranked = tree.Units
            .Where(u => scope.Contains(u.Id) && (asOf is null || u.ExistsOn(day)))
            .Select(u => (Unit: u, Rank: Rank(u, key, code, id)))
            .Where(x => x.Rank < 4)
            .OrderBy(x => x.Rank).ThenBy(x => x.Unit.ValidTo is not null).ThenBy(x => x.Unit.Level)
            .ThenBy(x => x.Unit.Code, StringComparer.Ordinal)
            .Take(take + 1).ToList();

        var rows = ranked.Take(take).Select(x =>
        {
            var parent = tree.ParentOn(x.Unit.Id, x.Unit.ExistsOn(day) ? day : LastDay(x.Unit));
            return new Row(x.Unit.Id, asOf is null ? x.Unit.Name : tree.NameOn(x.Unit.Id, day), x.Unit.Code, x.Unit.Level.ToString(),
                parent, parent is { } p && tree.Find(p) is { } pu ? pu.Name : null, x.Unit.ValidTo is { } to && to < day);
        }).ToList();
        return new Result(rows, ranked.Count > take);
    }

    private static int Rank(OrgUnit u, string key, string code, int? id)
    {
        if (id == u.Id || (code.Length > 0 && u.Code == code)) return 0;
        if (key.Length == 0) return 3;
        if (u.NameKey == key) return 1;
        if (u.NameKey.StartsWith(key, StringComparison.Ordinal)) return 2;
        return u.NameKey.Contains(key, StringComparison.Ordinal) || u.Code.StartsWith(code, StringComparison.Ordinal) ? 3 : 4;
    }

    /// <summary>An ended unit is shown under the parent it had on its last day.</summary>
    private static DateOnly LastDay(OrgUnit u) => u.ValidTo ?? (u.ValidFrom ?? DateOnly.MinValue);
}
