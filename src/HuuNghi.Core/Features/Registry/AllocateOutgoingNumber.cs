using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// Gives a unit the next number of its outgoing register for the current year (in Việt Nam's time, so a number taken
/// at 06:00 UTC on 31 December belongs to the new year when it is already 1 January there) and records the line.
/// </summary>
public sealed class AllocateOutgoingNumber(HuuNghiDbContext db)
{
    public sealed record Command(int UnitId, string? Symbol, string? Register = null, OutgoingRegister.Details? Details = null);

    /// <summary>The contract's answer: <c>{ number, symbol, reference, year, issuedOn }</c>, with the line's id and register.</summary>
    public sealed record Allocated(int Id, int Number, string Symbol, string Reference, int Year, DateOnly? IssuedOn, string Register, OutgoingState State)
    {
        internal static Allocated Of(OutgoingEntry e) => new(e.Id, e.Number, e.Symbol, e.Reference, e.Year, e.IssuedOn, e.Register, e.State);
    }

    public Task<Allocated> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default) =>
        TakeAsync(db, command, scope, OutgoingState.Issued, ct);

    /// <summary>Shared with <see cref="ReserveNumber"/>: the same sequence, only the state of the line differs.</summary>
    internal static async Task<Allocated> TakeAsync(HuuNghiDbContext db, Command command, UnitScope scope, OutgoingState state, CancellationToken ct)
    {
        scope.DemandRole(OutgoingRegister.Clerks);
        var symbol = OutgoingRegister.CheckSymbol(command.Symbol);
        var register = OutgoingRegister.CheckRegister(command.Register);
        var today = ReportRequest.Today(db.Clock);
        await OutgoingRegister.IssuerAsync(db, command.UnitId, scope, today, ct);
        var details = command.Details ?? new OutgoingRegister.Details();
        if (details.Copies is < 0)
            throw new Common.ValidationFailedException("copies", new("Số bản không được âm.", "The number of copies cannot be negative."));
        if (details.SubmissionId is { } submission && !await db.Submissions.AnyAsync(s => s.Id == submission && s.OrgUnitId == command.UnitId, ct))
            throw new Common.ValidationFailedException("submissionId", new(
                $"Báo cáo số {submission} không phải của đơn vị này.", $"Report {submission} does not belong to this unit."));
        return await OutgoingRegister.InTransactionAsync(db, async () =>
        {
            var entry = await OutgoingRegister.TakeAsync(db, command.UnitId, register, symbol, today.Year, state,
                state == OutgoingState.Issued ? today : null, details, ct);
            await db.SaveChangesAsync(ct);
            return Allocated.Of(entry);
        }, retry: true, ct);
    }
}
