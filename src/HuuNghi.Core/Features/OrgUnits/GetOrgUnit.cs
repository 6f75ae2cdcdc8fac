using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>One unit with its history: parent links, events and aliases.</summary>
public sealed class GetOrgUnit(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Link(int ParentId, string ParentName, DateOnly? ValidFrom, DateOnly? ValidTo);
    public sealed record Event(string Kind, DateOnly Date, string? LegalBasis, string? Note, string Role, IReadOnlyList<string> OtherUnits);
    public sealed record Details(int Id, string Code, string Name, string? ShortName, string Kind, string Level,
        DateOnly? ValidFrom, DateOnly? ValidTo, int Version, IReadOnlyList<Link> Parents, IReadOnlyList<Event> Events,
        IReadOnlyList<string> Aliases, string? IdentifierCode);

    public async Task<Details> HandleAsync(int id, UnitScope scope, CancellationToken ct = default)
    {
        var tree = await trees.GetAsync(db, ct);
        var unit = tree.Find(id) ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {id}.", $"There is no unit with id {id}."));
        scope.Demand(id);
        var events = tree.Events.Where(e => e.Units.Any(u => u.OrgUnitId == id)).OrderBy(e => e.Date)
            .Select(e => new Event(e.Kind.ToString(), e.Date, e.LegalBasis, e.Note,
                e.Units.First(u => u.OrgUnitId == id).Role.ToString(),
                e.Units.Where(u => u.OrgUnitId != id).Select(u => tree.Find(u.OrgUnitId)!.Name).ToList()))
            .ToList();
        var aliases = await db.OrgUnitAliases.Where(a => a.OrgUnitId == id).Select(a => a.Text).ToListAsync(ct);
        return new Details(unit.Id, unit.Code, unit.Name, unit.ShortName, unit.Kind.ToString(), unit.Level.ToString(),
            unit.ValidFrom, unit.ValidTo, unit.Version,
            tree.LinksOf(id).OrderBy(l => l.ValidFrom).Select(l => new Link(l.ParentId, tree.Find(l.ParentId)!.Name, l.ValidFrom, l.ValidTo)).ToList(),
            events, aliases, unit.IdentifierCode);
    }
}
