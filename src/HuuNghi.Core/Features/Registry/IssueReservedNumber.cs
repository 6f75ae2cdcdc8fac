using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// The document a number was reserved for goes out: the line takes today's date. A number reserved last year cannot
/// head a document dated this year (the sequence restarts on 1 January), so it is cancelled and a new one taken.
/// </summary>
public sealed class IssueReservedNumber(HuuNghiDbContext db)
{
    public sealed record Command(int EntryId, OutgoingRegister.Details? Details = null);

    public async Task<AllocateOutgoingNumber.Allocated> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(OutgoingRegister.Clerks);
        var reserved = await db.Set<OutgoingEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == command.EntryId, ct)
            ?? throw new NotFoundException(new($"Không có số văn bản đi mã {command.EntryId}.", $"There is no outgoing register line {command.EntryId}."));
        scope.Demand(reserved.OrgUnitId);
        var today = ReportRequest.Today(db.Clock);
        await OutgoingRegister.IssuerAsync(db, reserved.OrgUnitId, scope, today, ct);
        var details = command.Details ?? new OutgoingRegister.Details();
        try
        {
            return await OutgoingRegister.InTransactionAsync(db, async () =>
            {
                var entry = await IssueAsync(db, command.EntryId, today, details, ct);
                await db.SaveChangesAsync(ct);
                return AllocateOutgoingNumber.Allocated.Of(entry);
            }, retry: true, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(new("Số này vừa được người khác xử lý; hãy tải lại sổ.", "Someone has just acted on this number; reload the register."));
        }
    }

    /// <summary>Issues the reserved line inside the caller's transaction (a report's submission uses it too); unsaved.</summary>
    internal static async Task<OutgoingEntry> IssueAsync(HuuNghiDbContext db, int entryId, DateOnly today, OutgoingRegister.Details details, CancellationToken ct)
    {
        var entry = await db.Set<OutgoingEntry>().FirstAsync(e => e.Id == entryId, ct);
        if (entry.State != OutgoingState.Reserved)
            throw new ConflictException(new($"Số {entry.Reference} không còn ở trạng thái giữ chỗ.", $"Number {entry.Reference} is no longer reserved."));
        var merged = new OutgoingRegister.Details(details.KindName ?? entry.KindName, details.Title ?? entry.Title, details.Signer ?? entry.Signer,
            details.Distribution ?? entry.Distribution, details.KeptBy ?? entry.KeptBy, details.Copies ?? entry.Copies, details.SubmissionId ?? entry.SubmissionId);
        if (entry.Year != today.Year)
        {
            entry.State = OutgoingState.Cancelled;
            entry.CancelReason = $"Giữ chỗ năm {entry.Year}, văn bản ban hành năm {today.Year}: cấp số mới";
            return await OutgoingRegister.TakeAsync(db, entry.OrgUnitId, entry.Register, entry.Symbol, today.Year, OutgoingState.Issued, today, merged, ct);
        }
        entry.State = OutgoingState.Issued;
        entry.IssuedOn = today;
        (entry.KindName, entry.Title, entry.Signer, entry.Distribution, entry.KeptBy, entry.Copies, entry.SubmissionId) =
            (merged.KindName, merged.Title, merged.Signer, merged.Distribution, merged.KeptBy, merged.Copies, merged.SubmissionId);
        return entry;
    }
}
