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
        scope.Demand(command.UnitId);
        var register = RegisterCatalog.Get(command.Register);
        var record = register.Create();
        var writer = new EntryWriter(db, await trees.GetAsync(db, ct), scope);
        var values = register.Fields.ToDictionary(f => f.Name, f => FieldValues.FromText(f, command.Values.GetValueOrDefault(f.Name)));
        (await writer.ApplyAsync(register, record, command.UnitId, values, blankClears: true, ct)).ThrowIfInvalid();
        await db.SaveChangesAsync(ct);
        return record.Id;
    }
}
