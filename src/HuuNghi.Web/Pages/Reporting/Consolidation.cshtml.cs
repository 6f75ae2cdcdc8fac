using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// The receiving unit's consolidation: units × status and figures, totals over the subtree, the XLSX export, and
/// the consolidated report (DOCX, PDF, XLSX) with the receiver's own text per section and what it still lacks. A
/// reporting unit that opens the page for its own rows sees the table only: the report is the receiver's.
/// </summary>
public sealed class ConsolidationModel(GetConsolidation get, ExportConsolidation export, ComposeConsolidatedReport compose, WriteReport write,
    SaveConsolidatedDraft save, UserScopes scopes) : PageModel
{
    public GetConsolidation.Result Result { get; private set; } = null!;

    /// <summary>The consolidated report as it would be written now; null for a user outside the receiving unit.</summary>
    public ComposeReport.Composed? Composed { get; private set; }
    public int SeenVersion { get; private set; }
    public bool CanEdit { get; private set; }
    public IReadOnlyList<Localized> Warnings => Composed?.Warnings ?? [];
    /// <summary>The subtree shown, kept on the download links.</summary>
    public int? Unit { get; private set; }
    /// <summary>Why a file could not be made (no LibreOffice for PDF), said on the page instead of an error page.</summary>
    public string? FileProblem { get; private set; }
    public string? Conflict { get; private set; }
    [TempData] public string? Done { get; set; }

    /// <summary>What the officer typed when a save comes back refused, so nothing typed is lost.</summary>
    [BindProperty] public List<string?> Narratives { get; set; } = [];

    public async Task OnGetAsync(int id, int? unit, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Unit = unit;
        Result = await get.HandleAsync(id, unit, scope, ct);
        if (!scope.Contains(Result.Request.ReceiverId)) return;
        var composed = await compose.ComposeAsync(id, unit, scope, ct);
        (Composed, SeenVersion) = (composed.Composed, composed.SeenVersion);
        CanEdit = scope.IsInRole(ReportingRoles.Writers);
    }

    public async Task<IActionResult> OnPostNarrativesAsync(int id, int? unit, int seenVersion, CancellationToken ct)
    {
        try
        {
            await save.HandleAsync(new SaveConsolidatedDraft.Command(id, seenVersion, [.. Narratives.Select(n => n ?? "")]), await scopes.GetAsync(ct), ct);
            Done = Ui.T("Đã lưu nội dung báo cáo tổng hợp.", "The consolidated report's text is saved.");
            return RedirectToPage(new { id, unit });
        }
        catch (ValidationFailedException e)
        {
            foreach (var m in e.Errors.Values.SelectMany(x => x)) ModelState.AddModelError("", m.Current);
        }
        catch (ConflictException e)
        {
            Conflict = e.Localized.Current;
        }
        await OnGetAsync(id, unit, ct);
        return Page();
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

    public string NarrativeText(int i) =>
        Narratives.Count > i && Narratives[i] is { } typed ? typed : Composed?.Content.Sections[i].Text ?? "";

    public string Figure(int unitId, string code) =>
        Result.FiguresByUnit.GetValueOrDefault(unitId)?.TryGetValue(code, out var v) == true ? Format(v) : "";

    public static string Format(decimal v) => v.ToString("#,##0.##", Ui.IsEnglish ? Localization.English : Localization.Vietnamese);
}
