using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Registers;

/// <summary>Adds one row to a register from a form: values as typed, keyed by field name.</summary>
public sealed class RecordEntry(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(string Register, int UnitId, IReadOnlyDictionary<string, string?> Values);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(EntryWriter.Editors);
        var register = RegisterCatalog.Get(command.Register);
        CheckShape(register, command.UnitId, command.Values);
        scope.Demand(command.UnitId);
        var record = register.Create();
        var writer = new EntryWriter(db, await trees.GetAsync(db, ct), scope);
        var values = register.Fields.ToDictionary(f => f.Name, f => FieldValues.FromText(f, command.Values.GetValueOrDefault(f.Name)));
        (await writer.ApplyAsync(register, record, command.UnitId, values, blankClears: true, ct)).ThrowIfInvalid();
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    /// <summary>What a JSON body can get wrong before any field is parsed: no values, a unit id of 0, a field the register lacks.</summary>
    internal static void CheckShape(Register register, int unitId, IReadOnlyDictionary<string, string?>? values)
    {
        var v = new Validation().Id(unitId, nameof(Command.UnitId)).Present(values, nameof(Command.Values));
        foreach (var name in values?.Keys ?? [])
            if (register.Field(name) is null)
                v.Add(name, new Localized($"Sổ này không có trường '{name}'.", $"This register has no field '{name}'."));
        v.ThrowIfInvalid();
    }
}
