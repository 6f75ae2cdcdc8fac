using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>One row with every field as a form shows it for editing.</summary>
public sealed class GetEntry(HuuNghiDbContext db)
{
    public sealed record Entry(int Id, int UnitId, int Version, IReadOnlyDictionary<string, string> Values);

    public async Task<Entry> HandleAsync(string registerName, int id, UnitScope scope, CancellationToken ct = default)
    {
        var register = RegisterCatalog.Get(registerName);
        var record = await register.Query(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw EditEntry.Missing(id);
        scope.Demand(record.OrgUnitId);
        return new Entry(record.Id, record.OrgUnitId, record.Version,
            register.Fields.ToDictionary(f => f.Name, f => FormValue(f, f.Get(record))));
    }

    /// <summary>Numbers without grouping so the form reads them back exactly; the rest as displayed.</summary>
    private static string FormValue(RegisterField field, object? value) => value switch
    {
        long n => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.######", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
        bool b => b ? "true" : "false",
        string s when field.Kind is FieldKind.Choice or FieldKind.Country => s,
        _ => FieldValues.Display(field, value),
    };
}
