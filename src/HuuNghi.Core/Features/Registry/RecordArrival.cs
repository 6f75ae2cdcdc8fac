using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// A clerk enters by hand the arrival of a stored document (a paper copy scanned earlier, a letter stored by another
/// unit): the next arrival number, the day (today unless given), and optionally the handler and deadline.
/// </summary>
public sealed class RecordArrival(HuuNghiDbContext db)
{
    public sealed record Command(string? Reference, int UnitId, int? HandlerUnitId = null, string? HandlerUser = null, DateOnly? Deadline = null,
        DateOnly? ArrivedOn = null, string? StampedNumber = null, string? Note = null, int? DocumentId = null);

    public async Task<ListIncomingRegister.Row> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(IncomingRegister.Clerks);
        if (!await db.OrgUnits.AnyAsync(u => u.Id == command.UnitId, ct))
            throw new NotFoundException(new($"Không có đơn vị mã {command.UnitId}.", $"There is no unit {command.UnitId}."));
        scope.Demand(command.UnitId);
        var document = await FindDocumentAsync(command, scope, ct);
        var (handlerUnit, handlerUser) = await IncomingHandler.ResolveAsync(db, scope, command.HandlerUnitId, command.HandlerUser, ct);
        var day = command.ArrivedOn ?? Reporting.ReportRequest.Today(db.Clock);
        IncomingHandler.CheckDeadline(command.Deadline, day);
        if (command.StampedNumber is { Length: > 20 })
            throw new ValidationFailedException("stampedNumber", new("Số trên dấu đến tối đa 20 ký tự.", "The stamped number is at most 20 characters."));
        if (await db.IncomingEntries.AnyAsync(e => e.DocumentId == document.Id && e.OrgUnitId == command.UnitId, ct))
            throw new ConflictException(new($"Văn bản {document.Reference} đã vào sổ văn bản đến của đơn vị này.",
                $"Document {document.Reference} is already in this unit's incoming register."));
        var entered = await IncomingRegister.EnterAllAsync(db, [new IncomingRegister.Arrival(document.Id, command.UnitId, IncomingRegister.Sources.Hand,
            day, command.StampedNumber, handlerUnit, handlerUser, command.Deadline, command.Note)], ct);
        return await ListIncomingRegister.RowAsync(db, entered[0].Entry.Id, ct);
    }

    private async Task<Document> FindDocumentAsync(Command command, UnitScope scope, CancellationToken ct)
    {
        var key = ReferenceKey.Of(command.Reference);
        var document = command.DocumentId is { } id
            ? await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && !d.IsPlaceholder, ct)
            : key is null ? null
            : await db.Documents.AsNoTracking().Where(d => d.ReferenceKey == key && !d.IsPlaceholder).OrderByDescending(d => d.RecordedAt).FirstOrDefaultAsync(ct);
        if (document is null)
            throw new NotFoundException(new($"Không có văn bản {command.Reference ?? command.DocumentId?.ToString()} trong hệ thống.",
                $"There is no stored document {command.Reference ?? command.DocumentId?.ToString()}."));
        if (!scope.CanRead(document)) throw new ForbiddenException();
        return document;
    }
}
