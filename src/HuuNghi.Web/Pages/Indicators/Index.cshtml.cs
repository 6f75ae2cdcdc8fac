using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using HuuNghi.Web.Pages.Registers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Indicators;

/// <summary>The dashboard: a unit's figures for a period, delegations by month, citizens abroad by country, alerts.</summary>
public sealed class IndexModel(GetDashboard dashboard, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock,
    HuuNghi.Core.Common.ICurrentActor actor, HuuNghi.Core.Features.Home.ListSubUnitComparison compare) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public GetDashboard.Dashboard Data { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public int ThisYear { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        ThisYear = clock.GetLocalNow().Year;
        var mine = await db.UserUnits.Where(u => u.UserId == actor.UserId).Select(u => u.OrgUnitId).FirstOrDefaultAsync(ct);
        UnitId ??= mine != 0 ? mine : await UnitChoices.FirstAsync(db, trees, scope, ct);
        // Open on the latest year that has data in scope: the current year is empty for most of January, and on a demo.
        if (From is null && UnitId is { } root) From = new DateOnly(await compare.LatestYearWithDataAsync(root, ThisYear, ct), 1, 1);
        From ??= new DateOnly(ThisYear, 1, 1);
        To ??= new DateOnly(From.Value.Year, 12, 31);
        if (UnitId is not { } unit) return;
        Data = await dashboard.HandleAsync(new ComputeIndicators.Query(unit, From.Value, To.Value), scope, ct);
        UnitName = (await trees.GetAsync(db, ct)).NameOn(unit, To.Value);
    }

    public decimal Value(string code) => Data.Indicators.FirstOrDefault(i => i.Code == code)?.Value ?? 0;

    /// <summary>Headline figures, in the order the seeds' reports give them.</summary>
    public static readonly string[] Headline =
    [
        "delegations-in.visits", "delegations-out.visits", "aid-projects.active", "aid.disbursed-vnd",
        "agreements.in-force", "overseas-events.count", "information.visitors", "trainings.participants", "citizens-abroad.total",
    ];
}
