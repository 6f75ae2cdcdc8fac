using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

public sealed class IndexModel(ListPlans list, UserScopes scopes) : PageModel
{
    public IReadOnlyList<ListPlans.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.HandleAsync(await scopes.GetAsync(ct), ct);

    /// <summary>The plan forms' unit pickers: units existing today that the officer may name on a plan (<see cref="PlanUnits"/>).</summary>
    public async Task<JsonResult> OnGetUnitsAsync(string? q, int? limit, [FromServices] SearchOrgUnits search, [FromServices] HuuNghiDbContext db,
        [FromServices] OrgTreeCache trees, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var pickable = await PlanUnits.ScopeAsync(db, await trees.GetAsync(db, ct), await scopes.GetAsync(ct), User.Identity?.Name, day, ct);
        return new JsonResult(await search.HandleAsync(q, day, limit, pickable, ct));
    }

    public static string Status(WorkStatus s) => s switch
    {
        WorkStatus.Done => Ui.T("Hoàn thành", "Done"),
        WorkStatus.InProgress => Ui.T("Đang thực hiện", "In progress"),
        WorkStatus.Overdue => Ui.T("Quá hạn", "Overdue"),
        _ => Ui.T("Chưa thực hiện", "Not started"),
    };

    public static string Css(WorkStatus s) => s switch { WorkStatus.Done => "ok", WorkStatus.Overdue => "warn", _ => "" };
}
