using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Splits a unit into successors that start on <see cref="Command.Date"/>. The source ends the day before;
/// the event links it to every successor so its history rolls up into each of them.
/// </summary>
public sealed class SplitOrgUnit(HuuNghiDbContext db, DissolveOrgUnit dissolve)
{
    public sealed record Command(int SourceId, IReadOnlyList<int> TargetIds, DateOnly Date, string? LegalBasis = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.OrgEditors);
        var check = new Validation();
        check.Require(command.TargetIds.Distinct().Count() >= 2, nameof(Command.TargetIds),
            "Chia tách cần ít nhất hai đơn vị kế thừa.", "A split needs at least two successor units.");
        foreach (var id in command.TargetIds.Distinct())
        {
            var target = await db.LoadAsync(id, ct);
            scope.Demand(id);
            check.Require(target.ExistsOn(command.Date) && id != command.SourceId, nameof(Command.TargetIds),
                $"Đơn vị kế thừa '{target.Name}' phải tồn tại vào ngày {OrgUnitLookup.Date(command.Date)}.",
                $"The successor '{target.Name}' must exist on {OrgUnitLookup.Date(command.Date)}.");
        }
        check.ThrowIfInvalid();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await dissolve.HandleAsync(new DissolveOrgUnit.Command(command.SourceId, command.Date, command.LegalBasis, "Chia tách"), scope, ct);
        db.OrgUnitEvents.Add(new OrgUnitEvent
        {
            Kind = OrgEventKind.Split, Date = command.Date, LegalBasis = command.LegalBasis,
            Units = [new OrgUnitEventUnit { OrgUnitId = command.SourceId, Role = OrgEventRole.Source },
                     .. command.TargetIds.Distinct().Select(t => new OrgUnitEventUnit { OrgUnitId = t, Role = OrgEventRole.Target })],
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
