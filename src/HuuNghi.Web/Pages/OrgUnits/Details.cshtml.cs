using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.OrgUnits;

/// <summary>A unit's history (parents over time, merges, renames, aliases) and, for editors, the rename form.</summary>
public sealed class DetailsModel(GetOrgUnit get, EditOrgUnit edit, UserScopes scopes) : PageModel
{
    public GetOrgUnit.Details Unit { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    [TempData] public string? Saved { get; set; }
    public string? Conflict { get; private set; }

    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? RenamedOn { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Name = Unit.Name;
        ShortName = Unit.ShortName;
        Version = Unit.Version;
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        try
        {
            await edit.HandleAsync(new EditOrgUnit.Command(id, Name, ShortName, Version, RenamedOn), scope, ct);
            Saved = Ui.T("Đã lưu thay đổi.", "Saved.");
            return RedirectToPage(new { id });
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) ModelState.AddModelError(field, m.Current);
        }
        catch (ConflictException e)
        {
            Conflict = e.Localized.Current;
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Unit = await get.HandleAsync(id, scope, ct);
        CanEdit = scope.IsInRole(Core.Features.Users.Roles.OrgEditors);
    }
}
