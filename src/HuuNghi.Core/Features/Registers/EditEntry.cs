using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Changes one row from a form. The <see cref="Command.Version"/> the officer saw guards against two people
/// overwriting each other; a blank field on the form clears it.
/// </summary>
public sealed class EditEntry(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(string Register, int Id, int Version, int UnitId, IReadOnlyDictionary<string, string?> Values);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(EntryWriter.Editors);
        var register = RegisterCatalog.Get(command.Register);
        RecordEntry.CheckShape(register, command.UnitId, command.Values);
        var record = await register.Query(db).FirstOrDefaultAsync(r => r.Id == command.Id, ct) ?? throw Missing(command.Id);
        scope.Demand(record.OrgUnitId);
        scope.Demand(command.UnitId);
        db.Entry(record).Property(r => r.Version).OriginalValue = command.Version;
        var writer = new EntryWriter(db, await trees.GetAsync(db, ct), scope);
        var values = register.Fields.ToDictionary(f => f.Name, f => FieldValues.FromText(f, command.Values.GetValueOrDefault(f.Name)));
        (await writer.ApplyAsync(register, record, command.UnitId, values, blankClears: true, ct)).ThrowIfInvalid();
        await SaveAsync(db, ct);
    }

    internal static async Task SaveAsync(HuuNghiDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new Localized(
                "Bản ghi này vừa được người khác sửa. Hãy tải lại trang rồi sửa lại; thay đổi của bạn chưa được lưu.",
                "Someone else has just changed this record. Reload and make your change again; yours was not saved."));
        }
    }

    internal static NotFoundException Missing(int id) =>
        new(new Localized($"Không có bản ghi mã {id} trong sổ này.", $"There is no record {id} in this register."));
}
