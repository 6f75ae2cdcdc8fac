using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// The daily chase: one reminder some days before the deadline, then one every few days after it until the
/// settings say stop. Idempotent within a day: a unit already reminded in the current step is skipped.
/// </summary>
public sealed class SendDueReminders(HuuNghiDbContext db, OrgTreeCache trees, Mailer mailer, IOptions<ReportingOptions> options)
{
    public async Task<int> HandleAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        var today = ReportRequest.Today(db.Clock);
        var earliest = today.AddDays(-o.StopRemindingDaysAfter);
        var latest = today.AddDays(o.RemindDaysBefore);
        var requests = await db.ReportRequests.Include(r => r.Expected).AsSplitQuery()
            .Where(r => r.Deadline >= earliest && r.Deadline <= latest).ToListAsync(ct);
        var tree = await trees.GetAsync(db, ct);
        var sent = 0;
        foreach (var request in requests)
        {
            var kind = today > request.Deadline ? ReminderKind.AfterDeadline : ReminderKind.BeforeDeadline;
            var since = kind == ReminderKind.BeforeDeadline
                ? request.Deadline.AddDays(-o.RemindDaysBefore - 1)
                : today.AddDays(-o.RemindEveryDaysAfter + 1);
            var sinceUtc = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ReportRequest.VietnamOffset;
            var reminded = (await db.Reminders.Where(r => r.RequestId == request.Id && r.Kind == kind && r.SentAt >= sinceUtc)
                .Select(r => r.OrgUnitId).ToListAsync(ct)).ToHashSet();
            var headers = await db.Submissions.Where(s => s.RequestId == request.Id)
                .Select(s => new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt)).ToListAsync(ct);
            var due = RateCalculator.Compute(request, request.Expected, headers, tree).Missing.Where(u => !reminded.Contains(u.OrgUnitId)).ToList();
            if (due.Count > 0) sent += await Reminding.SendAsync(db, mailer, tree, request, due, kind, ct);
        }
        return sent;
    }
}
