using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>The reminders of a request, newest first: the receiver sees all, a unit its own.</summary>
public sealed class ListReminders(HuuNghiDbContext db)
{
    public sealed record Row(int OrgUnitId, ReminderKind Kind, DateTime SentAt, string? SentBy, string Message, string EmailedTo, string? EmailError);

    public async Task<IReadOnlyList<Row>> HandleAsync(int requestId, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.LoadRequestAsync(requestId, ct);
        var all = await db.Reminders.AsNoTracking().Where(r => r.RequestId == requestId).OrderByDescending(r => r.SentAt).ThenBy(r => r.Id)
            .Select(r => new Row(r.OrgUnitId, r.Kind, r.SentAt, r.SentBy, r.Message, r.EmailedTo, r.EmailError)).ToListAsync(ct);
        if (scope.Contains(request.ReceiverId)) return all;
        // Neither receiving nor reporting: the request is none of the caller's business, not an empty list.
        var units = scope.UnitIds.ToList();
        if (!await db.ExpectedReporters.AnyAsync(e => e.RequestId == requestId && units.Contains(e.OrgUnitId), ct)) throw new Common.ForbiddenException();
        return [.. all.Where(r => scope.Contains(r.OrgUnitId))];
    }
}
