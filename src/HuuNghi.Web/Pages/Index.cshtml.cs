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
public sealed class IndexModel(HuuNghiDbContext db, UserScopes scopes, OrgTreeCache trees, ListMyWork work, RemindUnits remind,
    ListSubUnitComparison compare, LookAtWorkList look, OpenReminder open, EndedUnitsNotice ended, TimeProvider clock) : PageModel
{
    public string FullName { get; private set; } = "";
    public IReadOnlyList<string> MyUnits { get; private set; } = [];
    public ListMyWork.Result Work { get; private set; } = null!;
    /// <summary>Filled when every unit of the user has ended: what to ask the administrator for.</summary>
    public IReadOnlyList<EndedUnitsNotice.Ended> EndedUnits { get; private set; } = [];
    [TempData] public string? Done { get; set; }

    /// <summary>The comparison's year (default: the latest with data) and its sort column (see <see cref="ListSubUnitComparison.SortColumns"/>).</summary>
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int ComparisonPage { get; set; } = 1;
    public ListSubUnitComparison.Result? Comparison { get; private set; }
    public IReadOnlyList<ListSubUnitComparison.Row> ComparisonRows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var userName = User.Identity!.Name;
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.FullName }).SingleAsync(ct);
        FullName = user.FullName;
        Work = await work.HandleAsync(scope, ct);
        // Opening the page is the look: what it shows as new now is not new on the next visit.
        await look.HandleAsync(ct);
        var tree = await trees.GetAsync(db, ct);
        var unitIds = await db.UserUnits.Where(u => u.UserId == user.Id).OrderBy(u => u.OrgUnitId).Select(u => u.OrgUnitId).ToListAsync(ct);
        MyUnits = unitIds.Select(id => tree.NameOn(id, Work.Today)).ToList();
        EndedUnits = await ended.HandleAsync(user.Id, ct);
        if (Work.ShowsReceived && unitIds.Count > 0) await CompareAsync(unitIds[0], scope, ct);
    }

    /// <summary>The comparison as an XLSX workbook, sorted as on the page.</summary>
    public async Task<IActionResult> OnGetComparisonAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var userName = User.Identity!.Name;
        var unit = await db.Users.Where(u => u.UserName == userName)
            .Join(db.UserUnits, u => u.Id, x => x.UserId, (_, x) => x.OrgUnitId).OrderBy(id => id).Select(id => (int?)id).FirstOrDefaultAsync(ct);
        if (unit is null) return NotFound();
        await CompareAsync(unit.Value, scope, ct);
        return File(ComparisonWorkbook.Write(Comparison!, ComparisonRows, Ui.IsEnglish), Api.RegistersApi.Xlsx, $"so-sanh-{Comparison!.Year}.xlsx");
    }

    private async Task CompareAsync(int unitId, Core.Features.Users.UnitScope scope, CancellationToken ct)
    {
        var year = Year ?? await compare.LatestYearWithDataAsync(unitId, ReportRequest.Today(clock).Year, ct);
        Comparison = await compare.HandleAsync(new ListSubUnitComparison.Query(unitId, year), scope, ct);
        ComparisonRows = ListSubUnitComparison.Sort(Comparison.Rows, Sort);
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

    /// <summary>Opening a reminder marks it read for this user, then goes where its work is done.</summary>
    public async Task<IActionResult> OnGetReminderAsync(ListMyWork.ReminderSource source, int id, CancellationToken ct)
    {
        var t = await open.HandleAsync(source, id, await scopes.GetAsync(ct), ct);
        return Redirect(WorkLink(t.Source, t.TargetId, t.UnitId));
    }

    public static string ReminderLink(ListMyWork.ReminderItem r) => $"/?handler=Reminder&source={r.Source}&id={r.ReminderId}";

    private static string WorkLink(ListMyWork.ReminderSource source, int targetId, int unitId) => source == ListMyWork.ReminderSource.Report
        ? $"/Reporting/Submission/{targetId}/{unitId}"
        : $"/Plans/Report/{targetId}?unit={unitId}";

    public static string AlertLink(Core.Features.Indicators.ListAlerts.Alert a) => $"/Registers/Edit?register={a.Register}&id={a.RecordId}";
}
