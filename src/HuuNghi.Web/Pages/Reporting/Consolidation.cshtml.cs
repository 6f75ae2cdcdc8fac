using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// The receiving unit's consolidation: units × status and figures, totals over the subtree, the XLSX export, and
/// the consolidated report (DOCX, PDF, XLSX) with what it still lacks.
/// </summary>
public sealed class ConsolidationModel(GetConsolidation get, ExportConsolidation export, ComposeConsolidatedReport compose, WriteReport write,
    UserScopes scopes) : PageModel
{
    public GetConsolidation.Result Result { get; private set; } = null!;
    public IReadOnlyList<Localized> Warnings { get; private set; } = [];
    /// <summary>The subtree shown, kept on the download links.</summary>
    public int? Unit { get; private set; }
    /// <summary>Why a file could not be made (no LibreOffice for PDF), said on the page instead of an error page.</summary>
    public string? FileProblem { get; private set; }

    public async Task OnGetAsync(int id, int? unit, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Unit = unit;
        Result = await get.HandleAsync(id, unit, scope, ct);
        Warnings = (await compose.HandleAsync(id, unit, scope, ct)).Warnings;
    }

    public async Task<IActionResult> OnGetReportAsync(int id, int? unit, string? format, CancellationToken ct)
    {
        try
        {
            var written = await write.HandleAsync(new WriteReport.Command(id, null, WriteReport.FormatOf(format), RootId: unit), await scopes.GetAsync(ct), ct);
            return File(written.Content, written.ContentType, written.FileName);
        }
        catch (UnavailableException e)
        {
            FileProblem = e.Localized.Current;
        }
        await OnGetAsync(id, unit, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(int id, int? unit, CancellationToken ct) =>
        File(await export.HandleAsync(id, unit, await scopes.GetAsync(ct), ct),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-bao-cao-{id}.xlsx");

    public string Figure(int unitId, string code) =>
        Result.FiguresByUnit.GetValueOrDefault(unitId)?.TryGetValue(code, out var v) == true ? Format(v) : "";

    public static string Format(decimal v) => v.ToString("#,##0.##", Ui.IsEnglish ? Localization.English : Localization.Vietnamese);
}
