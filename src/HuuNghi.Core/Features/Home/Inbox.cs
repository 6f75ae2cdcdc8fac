using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// What came in for a user's units from outside their scope: plans and letters giving them tasks, and reminders
/// (report and task reminders). Work a user's own units issued or sent is not "received", so a province's officer
/// does not see the reminders she sent her districts as her own.
/// </summary>
internal static class Inbox
{
    /// <param name="onlyNew">The bell's case: only plans stored since <paramref name="newSince"/>, so a page header costs a lookup of the few recent plans.</param>
    public static async Task<List<ListMyWork.Assignment>> AssignmentsAsync(HuuNghiDbContext db, UnitScope scope, DateTime newSince, bool onlyNew,
        CancellationToken ct)
    {
        if (scope.All) return [];
        var units = scope.UnitIds.ToList();
        var recent = onlyNew ? await db.Plans.Where(p => p.CreatedAt >= newSince).Select(p => p.Id).ToListAsync(ct) : null;
        if (recent is { Count: 0 }) return [];
        var counts = await db.TaskAssigneeUnits.Where(x => units.Contains(x.OrgUnitId))
            .Join(db.TaskAssignees, x => x.AssigneeId, a => a.Id, (x, a) => new { x.Role, a.TaskId })
            .Join(db.PlanTasks, x => x.TaskId, t => t.Id, (x, t) => new { x.Role, t.PlanId })
            .Where(x => recent == null || recent.Contains(x.PlanId))
            .GroupBy(x => x.PlanId)
            .Select(g => new { PlanId = g.Key, Lead = g.Count(x => x.Role == AssigneeRole.Lead), Coordinating = g.Count(x => x.Role == AssigneeRole.Coordinating) })
            .ToListAsync(ct);
        var ids = counts.Select(c => c.PlanId).ToList();
        var plans = await db.Plans.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Reference, p.Title, p.PlanDate, p.CreatedAt, p.IssuerUnitId }).ToDictionaryAsync(p => p.Id, ct);
        return [.. counts.Select(c => (c, p: plans[c.PlanId]))
            .Where(x => x.p.IssuerUnitId is not { } issuer || !scope.Contains(issuer))
            .Select(x => new ListMyWork.Assignment(x.p.Id, x.p.Reference, x.p.Title, x.p.PlanDate, x.p.CreatedAt, x.c.Lead, x.c.Coordinating,
                x.p.CreatedAt >= newSince))
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.PlanDate).ThenByDescending(a => a.PlanId)];
    }

    /// <summary>Since when plans count as new for the acting user: their last look at the work list, or <see cref="ListMyWork.NewForDays"/> days for a first look.</summary>
    public static async Task<DateTime> NewSinceAsync(HuuNghiDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var user = db.Actor.UserId;
        var looked = user is null ? null : await db.WorkListLooks.Where(l => l.UserId == user).Select(l => (DateTime?)l.LookedAt).FirstOrDefaultAsync(ct);
        return looked ?? clock.GetUtcNow().UtcDateTime.AddDays(-ListMyWork.NewForDays);
    }

    /// <summary>Reminders received, newest first; <see cref="ListMyWork.ReminderItem.IsNew"/> means the acting user has not opened it.</summary>
    public static async Task<List<ListMyWork.ReminderItem>> RemindersAsync(HuuNghiDbContext db, OrgTree tree, UnitScope scope,
        DateOnly today, int take, CancellationToken ct)
    {
        if (scope.All) return [];
        var user = db.Actor.UserId ?? 0;
        var read = db.ReminderReads.Where(x => x.UserId == user);
        var readReports = read.Where(x => x.Source == ListMyWork.ReminderSource.Report).Select(x => x.ReminderId);
        var readTasks = read.Where(x => x.Source == ListMyWork.ReminderSource.Task).Select(x => x.ReminderId);
        var units = scope.UnitIds.ToList();
        // Over-fetch, then drop what the user's own units sent; each list is capped so the page stays bounded.
        var reports = await db.Reminders.Where(r => units.Contains(r.OrgUnitId)).OrderByDescending(r => r.SentAt).Take(take * 3)
            .Join(db.ReportRequests, r => r.RequestId, q => q.Id, (r, q) => new { r.Id, r.RequestId, r.OrgUnitId, r.SentAt, r.Message, q.ReceiverId, q.Title, Read = readReports.Contains(r.Id) })
            .ToListAsync(ct);
        var tasks = await db.TaskReminders.Where(r => units.Contains(r.OrgUnitId)).OrderByDescending(r => r.SentAt).Take(take * 3)
            .Join(db.PlanTasks, r => r.TaskId, t => t.Id, (r, t) => new { r.Id, r.TaskId, r.OrgUnitId, r.SentAt, r.Message, t.PlanId, t.Ref, t.Title })
            .Join(db.Plans, x => x.PlanId, p => p.Id, (x, p) => new { x.Id, x.TaskId, x.OrgUnitId, x.SentAt, x.Message, x.Ref, x.Title, p.Reference, p.IssuerUnitId, Read = readTasks.Contains(x.Id) })
            .ToListAsync(ct);
        var items = reports.Where(r => !scope.Contains(r.ReceiverId))
            .Select(r => new ListMyWork.ReminderItem(ListMyWork.ReminderSource.Report, r.Id, r.RequestId, r.OrgUnitId, tree.NameOn(r.OrgUnitId, today),
                r.Title, r.Message, r.SentAt, !r.Read))
            .Concat(tasks.Where(t => t.IssuerUnitId is not { } issuer || !scope.Contains(issuer))
                .Select(t => new ListMyWork.ReminderItem(ListMyWork.ReminderSource.Task, t.Id, t.TaskId, t.OrgUnitId, tree.NameOn(t.OrgUnitId, today),
                    $"{t.Reference} · {t.Ref}. {t.Title}", t.Message, t.SentAt, !t.Read)));
        return [.. items.OrderByDescending(i => i.SentAt).Take(take)];
    }
}
