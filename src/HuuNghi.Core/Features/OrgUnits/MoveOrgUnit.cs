using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Puts a unit under a new parent from a date (a commune under the province when its district ends).
/// The open link is closed the day before; links never overlap and a unit is never put under itself.
/// </summary>
public sealed class MoveOrgUnit(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(int UnitId, int ParentId, DateOnly From, string? LegalBasis = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.OrgEditors);
        new Validation().Id(command.UnitId, nameof(Command.UnitId)).Id(command.ParentId, nameof(Command.ParentId))
            .Present(command.From, nameof(Command.From)).MaxLength(command.LegalBasis, 300, nameof(Command.LegalBasis))
            .ThrowIfInvalid();
        var unit = await db.LoadAsync(command.UnitId, ct);
        var parent = await db.LoadAsync(command.ParentId, ct);
        scope.Demand(unit.Id);
        scope.Demand(parent.Id);
        var tree = await trees.GetAsync(db, ct);
        var check = new Validation();
        check.Require(parent.ExistsOn(command.From), nameof(Command.ParentId),
            $"Đơn vị cấp trên '{parent.Name}' không tồn tại vào ngày {OrgUnitLookup.Date(command.From)}.",
            $"The parent '{parent.Name}' does not exist on {OrgUnitLookup.Date(command.From)}.");
        check.Require(unit.ExistsOn(command.From), nameof(Command.From),
            $"Đơn vị '{unit.Name}' không tồn tại vào ngày {OrgUnitLookup.Date(command.From)}.",
            $"'{unit.Name}' does not exist on {OrgUnitLookup.Date(command.From)}.");
        check.Require(!tree.WouldCycle(unit.Id, parent.Id, command.From, unit.ValidTo), nameof(Command.ParentId),
            $"Không thể đặt '{unit.Name}' dưới '{parent.Name}': '{parent.Name}' đang thuộc '{unit.Name}' (vòng lặp).",
            $"Cannot put '{unit.Name}' under '{parent.Name}': '{parent.Name}' is itself under '{unit.Name}' (a cycle).");
        var links = await db.OrgUnitParentLinks.Where(l => l.ChildId == unit.Id).ToListAsync(ct);
        check.Require(!links.Any(l => l.ValidFrom is { } f && f >= command.From), nameof(Command.From),
            $"'{unit.Name}' đã có liên kết cấp trên bắt đầu từ hoặc sau ngày {OrgUnitLookup.Date(command.From)}; các khoảng hiệu lực không được chồng lên nhau.",
            $"'{unit.Name}' already has a parent link starting on or after {OrgUnitLookup.Date(command.From)}; validity periods must not overlap.");
        check.ThrowIfInvalid();

        foreach (var open in links.Where(l => l.ActiveOn(command.From))) open.ValidTo = command.From.AddDays(-1);
        db.OrgUnitParentLinks.Add(new OrgUnitParentLink { ChildId = unit.Id, ParentId = parent.Id, ValidFrom = command.From, ValidTo = unit.ValidTo });
        db.OrgUnitEvents.Add(new OrgUnitEvent
        {
            Kind = OrgEventKind.Move, Date = command.From, LegalBasis = command.LegalBasis,
            Units = [new OrgUnitEventUnit { OrgUnitId = unit.Id, Role = OrgEventRole.Source },
                     new OrgUnitEventUnit { OrgUnitId = parent.Id, Role = OrgEventRole.Target }],
        });
        await db.SaveChangesAsync(ct);
    }
}
