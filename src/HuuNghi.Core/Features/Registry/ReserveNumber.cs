using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// Takes the next number for a draft without issuing it: the line says "reserved" until the document goes out
/// (<see cref="IssueReservedNumber"/>) or the number is given up (<see cref="ReleaseNumber"/>).
/// </summary>
public sealed class ReserveNumber(HuuNghiDbContext db)
{
    public Task<AllocateOutgoingNumber.Allocated> HandleAsync(AllocateOutgoingNumber.Command command, UnitScope scope, CancellationToken ct = default) =>
        AllocateOutgoingNumber.TakeAsync(db, command, scope, OutgoingState.Reserved, ct);
}
