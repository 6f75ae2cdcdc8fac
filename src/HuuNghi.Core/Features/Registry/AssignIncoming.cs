using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>The receiving unit hands an arrival to a unit or a person with a deadline; audited like every entity change.</summary>
public sealed class AssignIncoming(HuuNghiDbContext db)
{
    /// <param name="Version">The version the form showed; a stale one is refused instead of overwriting a colleague's assignment.</param>
    public sealed record Command(int EntryId, int? HandlerUnitId, string? HandlerUser, DateOnly? Deadline, int? Version = null);

    public async Task<ListIncomingRegister.Row> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(IncomingRegister.Clerks);
        var entry = await IncomingRegister.FindAsync(db, command.EntryId, scope, ct);
        scope.Demand(entry.OrgUnitId); // only the receiving unit assigns; a handling unit sees the entry but does not reassign it
        if (command.HandlerUnitId is null && string.IsNullOrWhiteSpace(command.HandlerUser))
            throw new ValidationFailedException("handlerUnitId", new("Chọn đơn vị hoặc người xử lý.", "Choose the handling unit or person."));
        var (unit, user) = await IncomingHandler.ResolveAsync(db, scope, command.HandlerUnitId, command.HandlerUser, ct);
        IncomingHandler.CheckDeadline(command.Deadline, entry.ArrivedOn);
        if (command.Version is { } v) db.Entry(entry).Property(e => e.Version).OriginalValue = v;
        (entry.HandlerUnitId, entry.HandlerUserId, entry.Deadline) = (unit, user, command.Deadline);
        await SaveAsync(db, ct);
        return await ListIncomingRegister.RowAsync(db, entry.Id, ct);
    }

    internal static async Task SaveAsync(HuuNghiDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new("Văn bản đến này vừa được người khác cập nhật; hãy tải lại sổ.",
                "Someone has just updated this incoming entry; reload the register."));
        }
    }
}
