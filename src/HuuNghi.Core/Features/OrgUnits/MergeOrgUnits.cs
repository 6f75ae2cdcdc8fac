using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Merges units into a target that carries on (Long An into Tây Ninh on 1/7/2025). The sources end the day
/// before; what was under them moves under the target; the event keeps predecessor → successor so figures
/// can be rolled up as the tree stands now.
/// </summary>
public sealed class MergeOrgUnits(HuuNghiDbContext db)
{
    public sealed record Command(IReadOnlyList<int> SourceIds, int TargetId, DateOnly Date, string? LegalBasis = null, string? Note = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.OrgEditors);
        new Validation().Present(command.SourceIds, nameof(Command.SourceIds)).Ids(command.SourceIds, nameof(Command.SourceIds))
            .Id(command.TargetId, nameof(Command.TargetId)).Present(command.Date, nameof(Command.Date))
            .MaxLength(command.LegalBasis, 300, nameof(Command.LegalBasis)).MaxLength(command.Note, 2000, nameof(Command.Note))
            .ThrowIfInvalid();
        var target = await db.LoadAsync(command.TargetId, ct);
        scope.Demand(target.Id);
        var sources = new List<OrgUnit>();
        foreach (var id in command.SourceIds.Distinct()) { var s = await db.LoadAsync(id, ct); scope.Demand(s.Id); sources.Add(s); }
        var dayBefore = command.Date.AddDays(-1);
        var check = new Validation();
        check.Require(sources.Count > 0, nameof(Command.SourceIds), "Chọn ít nhất một đơn vị được hợp nhất.", "Choose at least one unit to merge.");
        check.Require(target.ExistsOn(command.Date), nameof(Command.TargetId),
            $"Không thể hợp nhất vào '{target.Name}': đơn vị này đã giải thể hoặc chưa thành lập vào ngày {OrgUnitLookup.Date(command.Date)}.",
            $"Cannot merge into '{target.Name}': it is dissolved or not yet established on {OrgUnitLookup.Date(command.Date)}.");
        foreach (var s in sources)
        {
            check.Require(s.Id != target.Id, nameof(Command.SourceIds), "Một đơn vị không thể hợp nhất vào chính nó.", "A unit cannot be merged into itself.");
            check.Require(s.ExistsOn(dayBefore), nameof(Command.SourceIds),
                $"'{s.Name}' không còn tồn tại vào ngày {OrgUnitLookup.Date(dayBefore)}.", $"'{s.Name}' no longer exists on {OrgUnitLookup.Date(dayBefore)}.");
        }
        check.ThrowIfInvalid();

        var sourceIds = sources.Select(s => s.Id).ToList();
        var childLinks = await db.OrgUnitParentLinks.Where(l => sourceIds.Contains(l.ParentId)).ToListAsync(ct);
        foreach (var link in childLinks.Where(l => l.ActiveOn(command.Date)))
        {
            link.ValidTo = dayBefore;
            db.OrgUnitParentLinks.Add(new OrgUnitParentLink { ChildId = link.ChildId, ParentId = target.Id, ValidFrom = command.Date });
        }
        foreach (var s in sources)
        {
            s.ValidTo = dayBefore;
            foreach (var own in await db.OrgUnitParentLinks.Where(l => l.ChildId == s.Id && l.ValidTo == null).ToListAsync(ct)) own.ValidTo = dayBefore;
        }
        db.OrgUnitEvents.Add(new OrgUnitEvent
        {
            Kind = OrgEventKind.Merge, Date = command.Date, LegalBasis = command.LegalBasis, Note = command.Note,
            Units = [.. sources.Select(s => new OrgUnitEventUnit { OrgUnitId = s.Id, Role = OrgEventRole.Source }),
                     new OrgUnitEventUnit { OrgUnitId = target.Id, Role = OrgEventRole.Target }],
        });
        await db.SaveChangesAsync(ct);
    }
}
