using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>The receiving unit's consolidation: units × status and figures, totals over the subtree, and the XLSX export.</summary>
public sealed class ConsolidationModel(GetConsolidation get, ExportConsolidation export, UserScopes scopes) : PageModel
{
    public GetConsolidation.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(int id, int? unit, CancellationToken ct) =>
        Result = await get.HandleAsync(id, unit, await scopes.GetAsync(ct), ct);

    public async Task<IActionResult> OnGetXlsxAsync(int id, int? unit, CancellationToken ct) =>
        File(await export.HandleAsync(id, unit, await scopes.GetAsync(ct), ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-bao-cao-{id}.xlsx");

    public string Figure(int unitId, string code) =>
        Result.FiguresByUnit.GetValueOrDefault(unitId)?.TryGetValue(code, out var v) == true ? Format(v) : "";

    public static string Format(decimal v) => v.ToString("#,##0.##", Ui.IsEnglish ? Localization.English : Localization.Vietnamese);
}
