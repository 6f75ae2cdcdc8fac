using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>The in-app notifications: reminders sent to the caller's units, newest first.</summary>
public sealed class ListReminders(HuuNghiDbContext db)
{
    public sealed record Row(int Id, int TaskId, int OrgUnitId, DateTime SentAt, string Message, string? EmailedTo);

    public async Task<IReadOnlyList<Row>> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        var units = scope.UnitIds.ToList();
        return await db.TaskReminders.Where(r => scope.All || units.Contains(r.OrgUnitId)).OrderByDescending(r => r.SentAt).Take(200)
            .Select(r => new Row(r.Id, r.TaskId, r.OrgUnitId, r.SentAt, r.Message, r.EmailedTo)).ToListAsync(ct);
    }
}
