using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages;

/// <summary>Home = my work: what the user's units must do next, each item a link to where it is done.</summary>
public sealed class IndexModel(HuuNghiDbContext db, UserScopes scopes, OrgTreeCache trees, ListMyWork work, RemindUnits remind) : PageModel
{
    public string FullName { get; private set; } = "";
    public IReadOnlyList<string> MyUnits { get; private set; } = [];
    public ListMyWork.Result Work { get; private set; } = null!;
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var userName = User.Identity!.Name;
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.FullName }).SingleAsync(ct);
        FullName = user.FullName;
        Work = await work.HandleAsync(scope, ct);
        var tree = await trees.GetAsync(db, ct);
        MyUnits = (await db.UserUnits.Where(u => u.UserId == user.Id).Select(u => u.OrgUnitId).ToListAsync(ct))
            .Select(id => tree.NameOn(id, Work.Today)).ToList();
    }

    /// <summary>The request page's chase button, one click from the home page (same use case, same rules).</summary>
    public async Task<IActionResult> OnPostRemindAsync(int requestId, CancellationToken ct)
    {
        var count = await remind.HandleAsync(requestId, await scopes.GetAsync(ct), ct);
        Done = Ui.T($"Đã đôn đốc {count} đơn vị chưa gửi báo cáo.", $"Reminded {count} units that have not submitted.");
        return RedirectToPage();
    }

    public static string Deadline(ListMyWork.OwedReport o) => o.DaysLate > 0
        ? Ui.T($"quá hạn {o.DaysLate} ngày", $"{o.DaysLate} days overdue")
        : Ui.T($"hạn {Ui.Date(o.Deadline)}", $"due {Ui.Date(o.Deadline)}");

    public static UnitReportStatus OwedStatus(ListMyWork.OwedReport o) => o.Status switch
    {
        SubmissionStatus.Returned => UnitReportStatus.Returned,
        SubmissionStatus.Draft => UnitReportStatus.Draft,
        _ => UnitReportStatus.Missing,
    };

    public static string TaskStatus(WorkStatus s) => Plans.IndexModel.Status(s);
    public static string TaskCss(WorkStatus s) => Plans.IndexModel.Css(s);

    public static string ReminderLink(ListMyWork.ReminderItem r) => r.Source == ListMyWork.ReminderSource.Report
        ? $"/Reporting/Submission/{r.TargetId}/{r.UnitId}"
        : $"/Plans/Report/{r.TargetId}?unit={r.UnitId}";

    public static string AlertLink(Core.Features.Indicators.ListAlerts.Alert a) => $"/Registers/Edit?register={a.Register}&id={a.RecordId}";
}
