using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>Edits one row of the assignment table; collective and unmatched names from the document are kept as written.</summary>
public sealed class EditTaskModel(EditTask edit, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock) : PageModel
{
    [FromRoute] public int Id { get; set; }
    [BindProperty] public int PlanId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string TaskRef { get; set; } = "";
    [BindProperty] public string TaskTitle { get; set; } = "";
    [BindProperty] public List<int> LeadUnitIds { get; set; } = [];
    [BindProperty] public List<int> CoordinatingUnitIds { get; set; } = [];
    [BindProperty] public List<string> LeadNames { get; set; } = [];
    [BindProperty] public List<string> CoordinatingNames { get; set; } = [];
    [BindProperty] public TimeframeKind Timeframe { get; set; }
    [BindProperty] public string? TimeframeText { get; set; }
    [BindProperty] public DateOnly? Due { get; set; }
    public IReadOnlyList<Shared.UnitsPicker.Unit> Leads { get; private set; } = [];
    public IReadOnlyList<Shared.UnitsPicker.Unit> Coordinating { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await edit.DemandAsync(Id, await scopes.GetAsync(ct), ct);
        var t = await db.PlanTasks.Include(x => x.Assignees).AsNoTracking().SingleOrDefaultAsync(x => x.Id == Id, ct)
            ?? throw new NotFoundException(new Localized("Không có nhiệm vụ này.", "There is no such task."));
        (PlanId, Version, TaskRef, TaskTitle, Timeframe, TimeframeText, Due) = (t.PlanId, t.Version, t.Ref, t.Title, t.TimeframeKind, t.TimeframeText, t.DueOn);
        LeadUnitIds = t.Assignees.Where(a => a.Role == AssigneeRole.Lead && a.OrgUnitId != null).Select(a => a.OrgUnitId!.Value).ToList();
        CoordinatingUnitIds = t.Assignees.Where(a => a.Role == AssigneeRole.Coordinating && a.OrgUnitId != null).Select(a => a.OrgUnitId!.Value).ToList();
        LeadNames = t.Assignees.Where(a => a.Role == AssigneeRole.Lead && a.OrgUnitId == null).Select(a => a.Name).ToList();
        CoordinatingNames = t.Assignees.Where(a => a.Role == AssigneeRole.Coordinating && a.OrgUnitId == null).Select(a => a.Name).ToList();
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            await edit.HandleAsync(Id, Version, new TaskInput(TaskRef, TaskTitle, LeadUnitIds, CoordinatingUnitIds, Timeframe, TimeframeText, Due: Due, LeadNames: LeadNames, CoordinatingNames: CoordinatingNames), await scopes.GetAsync(ct), ct);
            return Redirect($"/Plans/Details/{PlanId}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) foreach (var m in messages) ModelState.AddModelError(field, m.Current);
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Localized.Current);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Leads = await PlanUnits.NamesAsync(db, trees, LeadUnitIds, day, ct);
        Coordinating = await PlanUnits.NamesAsync(db, trees, CoordinatingUnitIds, day, ct);
    }
}
