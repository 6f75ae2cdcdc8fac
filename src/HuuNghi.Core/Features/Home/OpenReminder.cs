using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// A reminder opened from the work list: marked read for the acting user, answering where its work is done
/// (the unit's submission or task report). Only a reminder to a unit in the user's scope opens.
/// </summary>
public sealed class OpenReminder(HuuNghiDbContext db, TimeProvider clock)
{
    public sealed record Target(ListMyWork.ReminderSource Source, int TargetId, int UnitId);

    public async Task<Target> HandleAsync(ListMyWork.ReminderSource source, int reminderId, UnitScope scope, CancellationToken ct = default)
    {
        var target = source == ListMyWork.ReminderSource.Report
            ? await db.Reminders.Where(r => r.Id == reminderId).Select(r => new Target(source, r.RequestId, r.OrgUnitId)).FirstOrDefaultAsync(ct)
            : await db.TaskReminders.Where(r => r.Id == reminderId).Select(r => new Target(source, r.TaskId, r.OrgUnitId)).FirstOrDefaultAsync(ct);
        if (target is null) throw new NotFoundException(new($"Không có lời nhắc mã {reminderId}.", $"There is no reminder {reminderId}."));
        scope.Demand(target.UnitId);
        if (db.Actor.UserId is not { } user) return target;
        if (!await db.ReminderReads.AnyAsync(x => x.UserId == user && x.Source == source && x.ReminderId == reminderId, ct))
        {
            db.ReminderReads.Add(new ReminderRead { UserId = user, Source = source, ReminderId = reminderId, ReadAt = clock.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(ct);
        }
        return target;
    }
}

/// <summary>The user opened their work list: plans stored until now are no longer new to them.</summary>
public sealed class LookAtWorkList(HuuNghiDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        if (db.Actor.UserId is not { } user) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var look = await db.WorkListLooks.FirstOrDefaultAsync(l => l.UserId == user, ct);
        if (look is null) db.WorkListLooks.Add(new WorkListLook { UserId = user, LookedAt = now });
        else look.LookedAt = now;
        await db.SaveChangesAsync(ct);
    }
}
