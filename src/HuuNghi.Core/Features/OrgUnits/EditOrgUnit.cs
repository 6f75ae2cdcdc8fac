using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Renames a unit or corrects its short name. A rename is history: it records a Rename event with the old
/// name, so documents and reports from before the date still show the name they were written under.
/// The <see cref="Command.Version"/> the user saw guards against two officers overwriting each other.
/// <see cref="Command.IdentifierCode"/> null leaves the code as it is (callers that only rename need not know it);
/// an empty string clears it.
/// </summary>
public sealed class EditOrgUnit(HuuNghiDbContext db, TimeProvider clock)
{
    public sealed record Command(int Id, string Name, string? ShortName, int Version, DateOnly? RenamedOn = null, string? IdentifierCode = null);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        var name = command.Name?.Trim() ?? "";
        var code = IdentifierCode.Normalize(command.IdentifierCode);
        var validation = new Validation()
            .Require(name.Length > 0, nameof(Command.Name), "Tên đơn vị không được để trống.", "The unit name is required.")
            .Require(name.Length <= 300, nameof(Command.Name), "Tên đơn vị dài quá 300 ký tự.", "The unit name is longer than 300 characters.");
        if (code is not null && IdentifierCode.Problem(code) is { } problem) validation.Add(nameof(Command.IdentifierCode), problem);
        validation.ThrowIfInvalid();
        scope.DemandRole(Roles.OrgEditors);
        var unit = await db.OrgUnits.FindAsync([command.Id], ct)
            ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {command.Id}.", $"There is no unit with id {command.Id}."));
        scope.Demand(unit.Id);
        if (command.IdentifierCode is not null && code != unit.IdentifierCode)
        {
            if (code is not null && await db.OrgUnits.Where(u => u.IdentifierCode == code && u.Id != unit.Id).Select(u => u.Name).FirstOrDefaultAsync(ct) is { } holder)
                new Validation().Require(false, nameof(Command.IdentifierCode),
                    $"Mã định danh {code} đã là mã của \"{holder}\".", $"The identifier code {code} already belongs to \"{holder}\".").ThrowIfInvalid();
            unit.IdentifierCode = code;
        }
        db.Entry(unit).Property(u => u.Version).OriginalValue = command.Version;

        if (name != unit.Name)
        {
            var day = command.RenamedOn ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            db.OrgUnitEvents.Add(new OrgUnitEvent
            {
                Kind = OrgEventKind.Rename, Date = day, OldName = unit.Name, NewName = name,
                Units = [new OrgUnitEventUnit { OrgUnitId = unit.Id, Role = OrgEventRole.Target }],
            });
            unit.Name = name;
            unit.NameKey = UnitNameKey.Of(name);
        }
        unit.ShortName = string.IsNullOrWhiteSpace(command.ShortName) ? null : command.ShortName.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new Localized(
                "Đơn vị này vừa được người khác sửa. Hãy tải lại trang để xem bản mới rồi sửa lại; thay đổi của bạn chưa được lưu.",
                "Someone else has just changed this unit. Reload to see their version, then make your change again; yours was not saved."));
        }
        catch (DbUpdateException e) when (code is not null && e.InnerException?.Message.Contains(nameof(OrgUnit.IdentifierCode)) == true)
        {
            // Another officer gave the same code to another unit between our check and our save: the unique index said no.
            new Validation().Require(false, nameof(Command.IdentifierCode),
                $"Mã định danh {code} vừa được gán cho đơn vị khác.", $"The identifier code {code} has just been given to another unit.").ThrowIfInvalid();
        }
    }
}
