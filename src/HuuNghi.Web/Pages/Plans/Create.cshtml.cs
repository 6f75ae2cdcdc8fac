using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>A focal officer enters a plan with its first task; more tasks are added on the plan's page.</summary>
public sealed class CreateModel(CreatePlan create, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public DateOnly PlanDate { get; set; }
    [BindProperty] public int IssuerUnitId { get; set; }
    [BindProperty] public string TaskRef { get; set; } = "1";
    [BindProperty] public string TaskTitle { get; set; } = "";
    [BindProperty] public List<int> LeadUnitIds { get; set; } = [];
    [BindProperty] public List<int> CoordinatingUnitIds { get; set; } = [];
    [BindProperty] public TimeframeKind Timeframe { get; set; } = TimeframeKind.ByDate;
    [BindProperty] public DateOnly? Due { get; set; }
    public string? IssuerName { get; private set; }
    public IReadOnlyList<Shared.UnitsPicker.Unit> Leads { get; private set; } = [];
    public IReadOnlyList<Shared.UnitsPicker.Unit> Coordinating { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        PlanDate = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        try
        {
            var task = new TaskInput(TaskRef, TaskTitle, LeadUnitIds, CoordinatingUnitIds, Timeframe, Due: Due);
            var id = await create.HandleAsync(new CreatePlan.Command(Reference, Title, PlanDate, IssuerUnitId, string.IsNullOrWhiteSpace(TaskTitle) && LeadUnitIds.Count == 0 ? [] : [task]),
                await scopes.GetAsync(ct), ct);
            return Redirect($"/Plans/Details/{id}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) foreach (var m in messages) ModelState.AddModelError(field, m.Current);
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Localized.Current);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        var day = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (IssuerUnitId == 0) IssuerUnitId = await PlanUnits.FirstAsync(db, tree, await scopes.GetAsync(ct), User.Identity?.Name, day, ct) ?? 0;
        IssuerName = tree.Find(IssuerUnitId) is null ? null : tree.NameOn(IssuerUnitId, day);
        Leads = await PlanUnits.NamesAsync(db, trees, LeadUnitIds, day, ct);
        Coordinating = await PlanUnits.NamesAsync(db, trees, CoordinatingUnitIds, day, ct);
    }
}
