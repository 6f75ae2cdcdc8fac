using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Puts parsed values on a record and checks it: the one path forms and imports share. A form clears a
/// field left blank; an import never does ("blanks never overwrite"), so a partial workbook cannot wipe data.
/// A record that fails is put back as it was, so nothing of it reaches the save.
/// </summary>
internal sealed class EntryWriter(HuuNghiDbContext db, OrgTree tree, UnitScope scope)
{
    public static readonly string[] Editors = [Roles.Administrator, Roles.FocalOfficer, Roles.UnitOfficer];

    private readonly PartnerDirectory _partners = new(db);

    public const string UnitField = "OrgUnitId";

    /// <summary>Applies and checks; returns the errors (empty when the record is ready to save).</summary>
    public async Task<Validation> ApplyAsync(Register register, RegisterRecord record, int? unitId,
        IReadOnlyDictionary<string, FieldValues.Parsed> values, bool blankClears, CancellationToken ct)
    {
        var isNew = record.Id == 0;
        var check = new Validation();
        var createdPartners = new List<Partner>();
        if (unitId is { } u)
        {
            if (!scope.Contains(u)) check.Add(UnitField, new ForbiddenException().Localized);
            else record.OrgUnitId = u;
        }
        else if (isNew) check.Add(UnitField, new Localized("Chưa chọn đơn vị.", "The unit is required."));

        foreach (var field in register.Fields)
        {
            var provided = values.TryGetValue(field.Name, out var parsed);
            if (parsed.Error is { } error) { check.Add(field.Name, error); continue; }
            if (!provided || parsed.Value is null)
            {
                if (field.Required && (isNew || (provided && blankClears)))
                    check.Add(field.Name, new Localized($"{field.Label.Vi}: bắt buộc nhập.", $"{field.Label.En}: required."));
                else if (provided && blankClears && !field.Required) field.Set(record, null);
                continue;
            }
            if (field.Kind == FieldKind.Partner)
            {
                var country = values.TryGetValue("Country", out var c) ? c.Value as string : null;
                var resolution = await _partners.ResolveAsync((string)parsed.Value, country, ct);
                if (resolution.Error is { } partnerError) { check.Add(field.Name, partnerError); continue; }
                if (resolution.Created) createdPartners.Add(resolution.Partner!);
                field.Set(record, resolution.Partner);
                continue;
            }
            field.Set(record, parsed.Value);
        }
        // The register's own rules first: a budget's year is what sets its date, so a bad year must be named
        // as such rather than as a unit that "did not exist" on an empty date.
        if (!check.HasErrors) register.Check(record, check);
        if (!check.HasErrors) CheckUnitExists(record, check);
        if (isNew && !check.HasErrors) db.Add(record);
        if (!check.HasErrors) await register.CheckAsync(db, record, check, ct);
        if (check.HasErrors) await UndoAsync(record, createdPartners, ct);
        return check;
    }

    private void CheckUnitExists(RegisterRecord record, Validation check)
    {
        var unit = tree.Find(record.OrgUnitId);
        if (unit is null) check.Add(UnitField, new Localized($"Không có đơn vị mã {record.OrgUnitId}.", $"There is no unit {record.OrgUnitId}."));
        else if (!unit.ExistsOn(record.Date))
            check.Add(nameof(RegisterRecord.Date), new Localized(
                $"'{unit.Name}' không tồn tại vào ngày {record.Date:dd/MM/yyyy}; hãy ghi cho đơn vị kế thừa.",
                $"'{unit.Name}' did not exist on {record.Date:dd/MM/yyyy}; record it for its successor."));
    }

    private async Task UndoAsync(RegisterRecord record, List<Partner> createdPartners, CancellationToken ct)
    {
        var entry = db.Entry(record);
        if (record.Id == 0) entry.State = EntityState.Detached;
        else
        {
            entry.CurrentValues.SetValues(entry.OriginalValues);
            // A navigation left pointing at the new partner would pull the key back on the next save.
            foreach (var reference in entry.References.Where(r => r.CurrentValue is not null))
            {
                var key = reference.Metadata is Microsoft.EntityFrameworkCore.Metadata.INavigation n ? n.ForeignKey.Properties[0].Name : null;
                if (key is null) continue;
                reference.CurrentValue = await db.FindAsync(reference.Metadata.TargetEntityType.ClrType, [entry.OriginalValues[key]], ct);
            }
            entry.State = EntityState.Unchanged;
        }
        foreach (var partner in createdPartners) _partners.Forget(partner);
    }
}
