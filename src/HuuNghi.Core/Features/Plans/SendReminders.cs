using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// A focal officer reminds the units whose tasks are overdue or due soon across their subtree. Each reminder is
/// recorded (the unit sees it in the app); when SMTP is configured it is also mailed to the unit's users, through
/// the same mailer and settings (<c>Mail</c>) as report reminders: one mail server, one sender.
/// A unit reminded about a task today is not reminded again the same day.
/// </summary>
public sealed class SendReminders(HuuNghiDbContext db, ListTasks tasks, Mailer mailer, TimeProvider clock)
{
    public sealed record Result(int Recorded, int Emailed);

    public async Task<Result> HandleAsync(int dueWithinDays, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.FocalOfficer, Roles.Administrator);
        var now = clock.GetUtcNow().UtcDateTime;
        var due = (await tasks.HandleAsync(new ListTasks.Query(true, dueWithinDays), scope, ct))
            // The task's state decides whether to chase (a done task is never chased); a lead already done with its
            // own part is not chased for another lead's.
            .Where(r => r.Role == "lead" && r.Own != WorkStatus.Done).ToList();
        var startOfDay = now.Date;
        var already = (await db.TaskReminders.Where(r => r.SentAt >= startOfDay).Select(r => new { r.TaskId, r.OrgUnitId }).ToListAsync(ct))
            .Select(r => (r.TaskId, r.OrgUnitId)).ToHashSet();
        var emailed = 0;
        var reminders = new List<TaskReminder>();
        foreach (var row in due.Where(r => !already.Contains((r.TaskId, r.OrgUnitId))))
        {
            var message = row.Own == WorkStatus.Overdue
                ? $"Nhiệm vụ {row.Ref} ({row.PlanReference}) đã quá hạn {row.Due:dd/MM/yyyy}: {row.Title}"
                : $"Nhiệm vụ {row.Ref} ({row.PlanReference}) đến hạn {row.Due:dd/MM/yyyy}: {row.Title}";
            var reminder = new TaskReminder { TaskId = row.TaskId, OrgUnitId = row.OrgUnitId, SentAt = now, Message = Shorten(message) };
            if (mailer.Enabled)
            {
                var to = await db.UserUnits.Where(u => u.OrgUnitId == row.OrgUnitId)
                    .Join(db.Users, u => u.UserId, user => user.Id, (_, user) => user.Email).Where(e => e != null && e != "").Select(e => e!).ToListAsync(ct);
                if (to.Count > 0)
                {
                    await mailer.SendAsync(to, $"[HuuNghi] Nhắc việc: nhiệm vụ {row.Ref} ({row.PlanReference})", message, ct);
                    reminder.EmailedTo = Shorten(string.Join(", ", to), 300);
                    emailed++;
                }
            }
            reminders.Add(reminder);
        }
        db.TaskReminders.AddRange(reminders);
        await db.SaveChangesAsync(ct);
        return new Result(reminders.Count, emailed);
    }

    private static string Shorten(string s, int max = 1000) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
