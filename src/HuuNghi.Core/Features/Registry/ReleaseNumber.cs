using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// Gives up a reserved number. It is not handed out again: the line stays, marked cancelled with the reason, so the
/// register still runs 1..N without a gap and no later document carries an earlier number (ADR 10).
/// </summary>
public sealed class ReleaseNumber(HuuNghiDbContext db)
{
    public sealed record Command(int EntryId, string? Reason);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(OutgoingRegister.Clerks);
        var entry = await db.Set<OutgoingEntry>().FirstOrDefaultAsync(e => e.Id == command.EntryId, ct)
            ?? throw new NotFoundException(new($"Không có số văn bản đi mã {command.EntryId}.", $"There is no outgoing register line {command.EntryId}."));
        scope.Demand(entry.OrgUnitId);
        if (entry.State != OutgoingState.Reserved)
            throw new ConflictException(new(
                $"Số {entry.Reference} không ở trạng thái giữ chỗ nên không thể hủy; số đã cấp cho văn bản thì giữ nguyên trong sổ.",
                $"Number {entry.Reference} is not reserved, so it cannot be released; a number given to a document stays in the register."));
        entry.State = OutgoingState.Cancelled;
        entry.CancelReason = string.IsNullOrWhiteSpace(command.Reason) ? "Hủy số giữ chỗ" : command.Reason.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new("Số này vừa được người khác xử lý; hãy tải lại sổ.", "Someone has just acted on this number; reload the register."));
        }
    }
}
