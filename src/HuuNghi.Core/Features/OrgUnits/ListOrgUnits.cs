using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>The tree as it stood on a day, limited to what the reader may see (contract: <c>orgunits list</c>).</summary>
public sealed class ListOrgUnits(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Row(int Id, string Name, string Kind, string Level, int? ParentId, DateOnly? ValidFrom, DateOnly? ValidTo, string? IdentifierCode);

    public async Task<IReadOnlyList<Row>> HandleAsync(DateOnly? asOf, UnitScope scope, CancellationToken ct = default)
    {
        var day = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var tree = await trees.GetAsync(db, ct);
        return tree.AsOf(day)
            .Where(x => scope.Contains(x.Unit.Id))
            .Select(x => new Row(x.Unit.Id, tree.NameOn(x.Unit.Id, day), x.Unit.Kind.ToString(), x.Unit.Level.ToString(),
                x.ParentId is { } p && scope.Contains(p) ? p : null, x.Unit.ValidFrom, x.Unit.ValidTo, x.Unit.IdentifierCode))
            .ToList();
    }
}
