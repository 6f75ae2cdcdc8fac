using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Registry;

/// <summary>One incoming line for the receiving unit or for the unit handling it (a sub-unit's officer opens it from the work list).</summary>
public sealed class ShowIncomingEntry(HuuNghiDbContext db)
{
    public async Task<ListIncomingRegister.Row> HandleAsync(int id, UnitScope scope, CancellationToken ct = default)
    {
        var entry = await IncomingRegister.FindAsync(db, id, scope, ct);
        return await ListIncomingRegister.RowAsync(db, entry.Id, ct);
    }
}
