using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>One request: its window and deadline, each expected unit's status, rates, the reminders sent, and the chase button.</summary>
public sealed class RequestModel(GetRates rates, ListReminders reminders, RemindUnits remind, UserScopes scopes) : PageModel
{
    public GetRates.Result Info { get; private set; } = null!;
    public IReadOnlyList<ListReminders.Row> Reminders { get; private set; } = [];
    public bool CanRemind { get; private set; }
    [TempData] public string? Done { get; set; }

    /// <param name="unit">A subtree root (a district): the rates of the units under it only.</param>
    public async Task OnGetAsync(int id, int? unit, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Info = await rates.HandleAsync(id, unit, scope, ct);
        Reminders = await reminders.HandleAsync(id, scope, ct);
        CanRemind = scope.IsInRole(ReportingRoles.Raisers) && scope.Contains(Info.ReceiverId);
    }

    public async Task<IActionResult> OnPostRemindAsync(int id, CancellationToken ct)
    {
        var count = await remind.HandleAsync(id, await scopes.GetAsync(ct), ct);
        Done = Ui.T($"Đã đôn đốc {count} đơn vị chưa gửi báo cáo.", $"Reminded {count} units that have not submitted.");
        return RedirectToPage(new { id });
    }

    public string UnitName(int unitId) => Info.Rates.Units.FirstOrDefault(u => u.OrgUnitId == unitId)?.Name ?? $"#{unitId}";

    public static string Period(Localized label) => label.Current;
}
