using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>The task assignment table of one plan, its export, a form to add a task, and the compliance view.</summary>
public sealed class DetailsModel(ShowPlan show, ShowCompliance compliance, ListProgress progress, AddTask add, ExportTaskTable export, UserScopes scopes,
    HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock) : PageModel
{
    public ShowPlan.Details Plan { get; private set; } = null!;
    public ShowCompliance.Result Compliance { get; private set; } = null!;
    public IReadOnlyList<Shared.UnitsPicker.Unit> Leads { get; private set; } = [];
    public IReadOnlyList<Shared.UnitsPicker.Unit> Coordinating { get; private set; } = [];
    public IReadOnlyList<ListProgress.Row> Reports { get; private set; } = [];
    [BindProperty] public string TaskRef { get; set; } = "";
    [BindProperty] public string TaskTitle { get; set; } = "";
    [BindProperty] public List<int> LeadUnitIds { get; set; } = [];
    [BindProperty] public List<int> CoordinatingUnitIds { get; set; } = [];
    [BindProperty] public TimeframeKind Timeframe { get; set; } = TimeframeKind.ByDate;
    [BindProperty] public DateOnly? Due { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnGetExportAsync(int id, string format, CancellationToken ct)
    {
        var f = await export.HandleAsync(id, format, await scopes.GetAsync(ct), ct);
        return File(f.Content, f.ContentType, f.FileName);
    }

    public async Task<IActionResult> OnGetEvidenceAsync(int evidenceId, CancellationToken ct)
    {
        var f = await progress.FileAsync(evidenceId, await scopes.GetAsync(ct), ct);
        return File(f.Content, f.ContentType, f.FileName);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        try
        {
            await add.HandleAsync(id, new TaskInput(TaskRef, TaskTitle, LeadUnitIds, CoordinatingUnitIds, Timeframe, Due: Due), await scopes.GetAsync(ct), ct);
            return Redirect($"/Plans/Details/{id}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) foreach (var m in messages) ModelState.AddModelError(field, m.Current);
            await LoadAsync(id, ct);
            return Page();
        }
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Plan = await show.HandleAsync(id, scope, ct);
        Compliance = await compliance.HandleAsync(id, null, scope, ct);
        Reports = await progress.HandleAsync(id, scope, ct);
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Leads = await PlanUnits.NamesAsync(db, trees, LeadUnitIds, day, ct);
        Coordinating = await PlanUnits.NamesAsync(db, trees, CoordinatingUnitIds, day, ct);
    }

    public static string Names(IEnumerable<ShowPlan.Assignee> names) =>
        string.Join("; ", names.Select(n => n.OrgUnitId is null && n.OrgUnitIds is null ? n.Name + " ⚠" : n.Name));
}
