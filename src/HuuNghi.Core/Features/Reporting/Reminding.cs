using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Records a reminder per unit and mails the unit's officers when SMTP is configured. A mail failure is kept on the
/// reminder (and shown), not thrown: the in-app reminder stands either way.
/// </summary>
internal static class Reminding
{
    public static async Task<int> SendAsync(HuuNghiDbContext db, Mailer mailer, OrgTree tree, ReportRequest request,
        IReadOnlyList<UnitRate> units, ReminderKind kind, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var unit in units)
        {
            var message = Message(request, unit.Name, kind);
            var reminder = new Reminder
            {
                RequestId = request.Id, OrgUnitId = unit.OrgUnitId, Kind = kind, SentAt = now, SentBy = db.Actor.Name, Message = message,
            };
            if (mailer.Enabled)
            {
                var to = await RecipientsAsync(db, tree, unit.OrgUnitId, request.FrozenOn, ct);
                reminder.EmailedTo = string.Join(", ", to);
                try
                {
                    await mailer.SendAsync(to, $"[HuuNghi] Đôn đốc báo cáo: {request.Title}", message, ct);
                }
                catch (Exception e) when (e is MailKit.ProtocolException or MailKit.CommandException or System.Net.Sockets.SocketException or IOException)
                {
                    reminder.EmailError = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                }
            }
            db.Reminders.Add(reminder);
        }
        await db.SaveChangesAsync(ct);
        return units.Count;
    }

    private static string Message(ReportRequest request, string unitName, ReminderKind kind) => kind == ReminderKind.BeforeDeadline
        ? $"{unitName}: hạn gửi báo cáo \"{request.Title}\" là ngày {ReportingRules.Date(request.Deadline)}; đơn vị chưa gửi báo cáo. "
          + $"/ The report \"{request.Title}\" is due on {ReportingRules.Date(request.Deadline)} and has not been submitted."
        : $"{unitName}: đã quá hạn gửi báo cáo \"{request.Title}\" (hạn {ReportingRules.Date(request.Deadline)}); đề nghị gửi ngay. "
          + $"/ The report \"{request.Title}\" was due on {ReportingRules.Date(request.Deadline)}; please submit it now.";

    /// <summary>The unit officers of the unit, or of its area (an officer of Huyện Tháp Mười writes for its UBND).</summary>
    private static async Task<List<string>> RecipientsAsync(HuuNghiDbContext db, OrgTree tree, int unitId, DateOnly day, CancellationToken ct)
    {
        var units = new List<int> { unitId };
        if (tree.ParentOn(unitId, day) is { } p && tree.Find(p) is { Kind: OrgUnitKind.AdministrativeArea } area && area.Level == tree.Find(unitId)?.Level)
            units.Add(p);
        var officerRole = await db.Roles.Where(r => r.Name == Roles.UnitOfficer).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.UserUnits.Where(u => units.Contains(u.OrgUnitId))
            .Join(db.Users, uu => uu.UserId, u => u.Id, (_, u) => u)
            .Where(u => u.Email != null && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == officerRole))
            .Select(u => u.Email!).Distinct().OrderBy(e => e).ToListAsync(ct);
    }
}
