using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using HuuNghi.Web.Pages.Registers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Indicators;

/// <summary>
/// The dashboard: a unit's figures for a period beside the same period a year earlier, the figures by sub-unit,
/// delegations by month, citizens abroad by country, the first alerts; all of it as a workbook.
/// </summary>
public sealed class IndexModel(GetDashboard dashboard, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock,
    ICurrentActor actor, ListSubUnitComparison compare, ListAlerts alerts) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int SubUnitPage { get; set; } = 1;

    public GetDashboard.Dashboard Data { get; private set; } = null!;
    public ListSubUnitComparison.Result Comparison { get; private set; } = null!;
    public IReadOnlyList<ListSubUnitComparison.Row> ComparisonRows { get; private set; } = [];
    public string UnitName { get; private set; } = "";
    public int ThisYear { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (!await ChoosePeriodAsync(scope, ct) || UnitId is not { } unit) return;
        Data = await dashboard.HandleAsync(new ComputeIndicators.Query(unit, From!.Value, To!.Value), scope, ct);
        Comparison = await compare.HandleAsync(new ListSubUnitComparison.Query(unit, From.Value.Year, From, To, YearBefore: false), scope, ct);
        ComparisonRows = ListSubUnitComparison.Sort(Comparison.Rows, Sort);
        UnitName = (await trees.GetAsync(db, ct)).NameOn(unit, To.Value);
    }

    /// <summary>What the page shows, as a workbook: the indicators with the year before, the months, the sub-units, every alert.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        if (!await ChoosePeriodAsync(scope, ct)) return BadRequest(Error ?? "");
        if (UnitId is not { } unit) return NotFound();
        var data = await dashboard.HandleAsync(new ComputeIndicators.Query(unit, From!.Value, To!.Value), scope, ct);
        var comparison = await compare.HandleAsync(new ListSubUnitComparison.Query(unit, From.Value.Year, From, To, YearBefore: false), scope, ct);
        var name = (await trees.GetAsync(db, ct)).NameOn(unit, To.Value);
        var workbook = DashboardWorkbook.Write(name, From.Value, To.Value, data, await alerts.HandleAsync(unit, scope, ct),
            comparison, ListSubUnitComparison.Sort(comparison.Rows, Sort), Ui.IsEnglish);
        return File(workbook, Api.RegistersApi.Xlsx, $"chi-tieu-{From:yyyyMMdd}-{To:yyyyMMdd}.xlsx");
    }

    /// <summary>
    /// The unit (the user's own, else the first in scope) and the period: by default the latest year with data in
    /// scope, as the current year is empty for most of January, and on a demo. False, with <see cref="Error"/>, for a
    /// period that ends before it starts; a unit outside the scope is refused (403) by the use cases.
    /// </summary>
    private async Task<bool> ChoosePeriodAsync(UnitScope scope, CancellationToken ct)
    {
        ThisYear = clock.GetLocalNow().Year;
        var mine = await db.UserUnits.Where(u => u.UserId == actor.UserId).Select(u => u.OrgUnitId).FirstOrDefaultAsync(ct);
        UnitId ??= mine != 0 ? mine : await UnitChoices.FirstAsync(db, trees, scope, ct);
        if (From is null && To is null && UnitId is { } root) From = new DateOnly(await compare.LatestYearWithDataAsync(root, ThisYear, ct), 1, 1);
        From ??= new DateOnly(To?.Year ?? ThisYear, 1, 1);
        To ??= new DateOnly(From.Value.Year, 12, 31);
        if (To < From || To.Value.DayNumber - From.Value.DayNumber > 366 * 10)
        {
            Error = Ui.T("Kỳ không hợp lệ: ngày kết thúc phải sau ngày bắt đầu, và một kỳ dài nhất 10 năm.",
                "Invalid period: the end must come after the start, and a period is at most 10 years.");
            return false;
        }
        return true;
    }

    public decimal Value(string code) => Data.Indicators.FirstOrDefault(i => i.Code == code)?.Value ?? 0;

    /// <summary>The page's own address with another sort or page of the sub-unit table.</summary>
    public string Link(string? sort, int page) =>
        $"/Indicators?UnitId={UnitId}&From={From:yyyy-MM-dd}&To={To:yyyy-MM-dd}&Sort={sort}&page={page}#subunits";

    /// <summary>Headline figures, in the order the seeds' reports give them.</summary>
    public static readonly string[] Headline =
    [
        "delegations-in.visits", "delegations-out.visits", "aid-projects.active", "aid.disbursed-vnd",
        "agreements.in-force", "overseas-events.count", "information.visitors", "trainings.participants", "citizens-abroad.total",
    ];
}
