using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// Handling moves on: to handle → in progress → done (or back, when a done letter is reopened). The receiving unit or
/// the handling unit may move it; every change is audited, with a note when the handler gives one.
/// </summary>
public sealed class ChangeIncomingState(HuuNghiDbContext db)
{
    public sealed record Command(int EntryId, IncomingState State, string? Note = null, int? Version = null);

    public async Task<ListIncomingRegister.Row> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(IncomingRegister.Clerks);
        if (!Enum.IsDefined(command.State)) throw new Common.ValidationFailedException("state", new("Trạng thái không hợp lệ.", "The state is not valid."));
        var entry = await IncomingRegister.FindAsync(db, command.EntryId, scope, ct);
        if (command.Version is { } v) db.Entry(entry).Property(e => e.Version).OriginalValue = v;
        entry.State = command.State;
        if (!string.IsNullOrWhiteSpace(command.Note))
        {
            if (command.Note.Length > 1000)
                throw new Common.ValidationFailedException("note", new("Ghi chú tối đa 1000 ký tự.", "The note is at most 1000 characters."));
            entry.Note = command.Note.Trim();
        }
        await AssignIncoming.SaveAsync(db, ct);
        return await ListIncomingRegister.RowAsync(db, entry.Id, ct);
    }
}
