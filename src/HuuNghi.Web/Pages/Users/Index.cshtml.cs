using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Users;

/// <summary>Administrators see every user and create new ones with a role and the units that bound their access.</summary>
public sealed class IndexModel(ListUsers list, CreateUser create, HuuNghi.Core.Data.HuuNghiDbContext db, OrgTreeCache trees, UserScopes scopes) : PageModel
{
    public IReadOnlyList<ListUsers.Row> Rows { get; private set; } = [];
    public string? UnitName { get; private set; }
    [TempData] public string? Saved { get; set; }

    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string FullName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string Role { get; set; } = Roles.UnitOfficer;
    [BindProperty] public int? UnitId { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        scope.DemandRole(Roles.Administrator);
        try
        {
            await create.HandleAsync(new CreateUser.Command(UserName.Trim(), Password, FullName.Trim(), [Role], UnitId is { } u ? [u] : []), ct);
            Saved = Ui.T($"Đã tạo người dùng {UserName}.", $"Created user {UserName}.");
            return RedirectToPage();
        }
        catch (DomainException e) when (e is ValidationFailedException or ConflictException)
        {
            var errors = e is ValidationFailedException v ? v.Errors : new Dictionary<string, Localized[]> { [""] = [e.Localized] };
            foreach (var (field, messages) in errors)
                foreach (var m in messages) ModelState.AddModelError(field, m.Current);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Rows = await list.HandleAsync(scope, ct);
        UnitName = await Registers.UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
    }
}
