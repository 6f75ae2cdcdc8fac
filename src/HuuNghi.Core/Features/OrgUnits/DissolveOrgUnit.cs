using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Ends a unit on the day before <see cref="Command.Date"/> (districts on 30/6/2025). Its bodies end with it;
/// lower areas must first be moved elsewhere, so no commune is silently orphaned.
/// </summary>
public sealed class DissolveOrgUnit(HuuNghiDbContext db)
{
    public sealed record Command(int UnitId, DateOnly Date, string? LegalBasis = null, string? Note = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.OrgEditors);
        new Validation().Id(command.UnitId, nameof(Command.UnitId)).Present(command.Date, nameof(Command.Date))
            .MaxLength(command.LegalBasis, 300, nameof(Command.LegalBasis)).MaxLength(command.Note, 2000, nameof(Command.Note))
            .ThrowIfInvalid();
        var unit = await db.LoadAsync(command.UnitId, ct);
        scope.Demand(unit.Id);
        var dayBefore = command.Date.AddDays(-1);
        var children = await db.OrgUnitParentLinks.Where(l => l.ParentId == unit.Id).ToListAsync(ct);
        var activeChildren = children.Where(l => l.ActiveOn(command.Date)).Select(l => l.ChildId).ToList();
        var childUnits = await db.OrgUnits.Where(u => activeChildren.Contains(u.Id)).ToListAsync(ct);
        var areas = childUnits.Where(u => u.Kind == OrgUnitKind.AdministrativeArea && u.ExistsOn(command.Date)).ToList();
        new Validation()
            .Require(unit.ExistsOn(dayBefore), nameof(Command.Date),
                $"'{unit.Name}' không tồn tại vào ngày {OrgUnitLookup.Date(dayBefore)}.", $"'{unit.Name}' does not exist on {OrgUnitLookup.Date(dayBefore)}.")
            .Require(areas.Count == 0, nameof(Command.UnitId),
                $"Hãy chuyển các đơn vị hành chính trực thuộc ({string.Join(", ", areas.Select(a => a.Name))}) sang đơn vị khác trước khi giải thể '{unit.Name}'.",
                $"Move the areas under '{unit.Name}' ({string.Join(", ", areas.Select(a => a.Name))}) elsewhere before dissolving it.")
            .ThrowIfInvalid();

        foreach (var ended in childUnits.Append(unit).Where(u => u.ValidTo is null || u.ValidTo > dayBefore)) ended.ValidTo = dayBefore;
        foreach (var link in children.Where(l => l.ActiveOn(command.Date))) link.ValidTo = dayBefore;
        foreach (var own in await db.OrgUnitParentLinks.Where(l => l.ChildId == unit.Id && (l.ValidTo == null || l.ValidTo > dayBefore)).ToListAsync(ct))
            own.ValidTo = dayBefore;
        db.OrgUnitEvents.Add(new OrgUnitEvent
        {
            Kind = OrgEventKind.Dissolve, Date = command.Date, LegalBasis = command.LegalBasis, Note = command.Note,
            Units = [new OrgUnitEventUnit { OrgUnitId = unit.Id, Role = OrgEventRole.Source }],
        });
        await db.SaveChangesAsync(ct);
    }
}
