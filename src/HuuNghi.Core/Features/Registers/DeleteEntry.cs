using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Removes a row from the register and every figure, but keeps it (soft delete): the audit trail shows who
/// removed what, and a report already submitted can still be explained.
/// </summary>
public sealed class DeleteEntry(HuuNghiDbContext db, TimeProvider clock)
{
    public sealed record Command(string Register, int Id, int Version);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(EntryWriter.Editors);
        var register = RegisterCatalog.Get(command.Register);
        var record = await register.Query(db).FirstOrDefaultAsync(r => r.Id == command.Id, ct) ?? throw EditEntry.Missing(command.Id);
        scope.Demand(record.OrgUnitId);
        db.Entry(record).Property(r => r.Version).OriginalValue = command.Version;
        record.DeletedAt = clock.GetUtcNow().UtcDateTime;
        await EditEntry.SaveAsync(db, ct);
    }
}
