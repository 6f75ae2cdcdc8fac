using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>One request: its window and deadline, each expected unit's status, rates, the reminders sent, and the chase button.</summary>
public sealed class RequestModel(GetRates rates, ListReminders reminders, RemindUnits remind, UserScopes scopes,
    HuuNghi.Core.Data.HuuNghiDbContext db, HuuNghi.Core.Features.OrgUnits.OrgTreeCache trees) : PageModel
{
    /// <summary>A national request expects 25,000 units: the page lists them 50 at a time (the totals cover them all).</summary>
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public UnitReportStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    public int? Unit { get; private set; }
    private HuuNghi.Core.Features.OrgUnits.OrgTree? _tree;
    public GetRates.Result Info { get; private set; } = null!;
    public IReadOnlyList<ListReminders.Row> Reminders { get; private set; } = [];
    public bool CanRemind { get; private set; }
    [TempData] public string? Done { get; set; }

    /// <param name="unit">A subtree root (a district): the rates of the units under it only.</param>
    public async Task OnGetAsync(int id, int? unit, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Unit = unit;
        Info = await rates.PageAsync(new GetRates.Query(id, unit, Status, Math.Max(1, PageNumber), PageSize), scope, ct);
        _tree = await trees.GetAsync(db, ct);
        Reminders = await reminders.HandleAsync(id, scope, ct);
        CanRemind = scope.IsInRole(ReportingRoles.Raisers) && scope.Contains(Info.ReceiverId);
    }

    public async Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct)
    {
        var count = await remind.HandleAsync(id, await scopes.GetAsync(ct), ct);
        Done = Ui.T($"Đã đôn đốc {count} đơn vị chưa gửi báo cáo.", $"Reminded {count} units that have not submitted.");
        return RedirectToPage(new { id });
    }

    /// <summary>A reminded unit's name: it may be on another page of the list, so the tree names it.</summary>
    public string UnitName(int unitId) => Info.Rates.Units.FirstOrDefault(u => u.OrgUnitId == unitId)?.Name ?? _tree?.Find(unitId)?.Name ?? $"#{unitId}";

    public int PageCount => Math.Max(1, (Info.UnitCount + PageSize - 1) / PageSize);

    /// <summary>The link to another page or filter of the list, keeping the subtree.</summary>
    public string Link(UnitReportStatus? status, int page) =>
        $"/Reporting/Request/{Info.RequestId}?" + string.Join("&", new[]
        {
            Unit is { } u ? $"unit={u}" : null, status is { } s ? $"Status={s}" : null, page > 1 ? $"PageNumber={page}" : null,
        }.Where(x => x is not null));

    public static string Period(Localized label) => label.Current;
}
