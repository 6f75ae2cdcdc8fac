using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Users;

/// <summary>
/// Administrators find users (search, pages), create them, and confirm the successor units the reorganisation
/// proposes for accounts of ended units. Editing one user is <see cref="EditModel"/>.
/// </summary>
public sealed class IndexModel(ListUsers list, CreateUser create, ProposeSuccessorUnits propose, ConfirmSuccessor confirm,
    HuuNghi.Core.Data.HuuNghiDbContext db, OrgTreeCache trees, UserScopes scopes) : PageModel
{
    public ListUsers.Result List { get; private set; } = null!;
    public IReadOnlyList<ListUsers.Row> Rows => List.Rows;
    public ProposeSuccessorUnits.Result Proposals { get; private set; } = null!;
    public string? UnitName { get; private set; }
    public IReadOnlyList<string> ConfirmErrors { get; private set; } = [];
    [TempData] public string? Saved { get; set; }

    [FromQuery(Name = "q")] public string? Search { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "proposals")] public int ProposalPage { get; set; } = 1;

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
            ShowErrors(e);
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The proposal's Confirm button: the successor joins the user's units, the ended unit stays.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(int userId, int endedUnitId, int successorId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        try
        {
            await confirm.HandleAsync(new ConfirmSuccessor.Command(userId, endedUnitId, successorId), scope, ct);
            Saved = Ui.T("Đã gán đơn vị kế tiếp; người dùng vẫn xem được lịch sử của đơn vị cũ.",
                "Successor assigned; the user can still read the old unit's history.");
            return Redirect(Link() + "#proposals");
        }
        catch (DomainException e) when (e is ValidationFailedException or ConflictException or NotFoundException)
        {
            ConfirmErrors = e is ValidationFailedException v ? [.. v.Errors.Values.SelectMany(m => m).Select(m => m.Current)] : [e.Localized.Current];
        }
        await LoadAsync(ct);
        return Page();
    }

    public string Link(int? page = null, int? proposals = null) =>
        $"/Users?q={Uri.EscapeDataString(Search ?? "")}&page={page ?? PageNumber}&proposals={proposals ?? ProposalPage}";

    private void ShowErrors(DomainException e)
    {
        var errors = e is ValidationFailedException v ? v.Errors : new Dictionary<string, Localized[]> { [""] = [e.Localized] };
        foreach (var (field, messages) in errors)
            foreach (var m in messages) ModelState.AddModelError(field, m.Current);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        List = await list.HandleAsync(scope, Search, PageNumber, ListUsers.PageSize, ct);
        Proposals = await propose.HandleAsync(scope, ProposalPage, ct);
        UnitName = await Registers.UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
    }
}
