using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Users;

/// <summary>One user: name, language, roles and units (with the stamp the form was drawn with), a new password, disable or enable.</summary>
public sealed class EditModel(GetUser get, EditUser edit, ResetPassword reset, DisableUser disable, EnableUser enable, UserScopes scopes) : PageModel
{
    [FromRoute] public int Id { get; set; }
    public GetUser.Details Person { get; private set; } = null!;
    [TempData] public string? Saved { get; set; }

    [BindProperty] public string FullName { get; set; } = "";
    [BindProperty] public string Culture { get; set; } = "vi";
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public List<int> UnitIds { get; set; } = [];
    [BindProperty] public string ConcurrencyStamp { get; set; } = "";
    [BindProperty] public string? NewPassword { get; set; }
    public IReadOnlyList<Shared.UnitsPicker.Unit> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        (FullName, Culture, Roles, UnitIds, ConcurrencyStamp) = (Person.FullName, Person.Culture, [.. Person.Roles], [.. Person.Units.Select(u => u.Id)], Person.ConcurrencyStamp);
        Units = Person.Units.Select(u => new Shared.UnitsPicker.Unit(u.Id, u.Name)).ToList();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(
        async scope => await edit.HandleAsync(new EditUser.Command(Id, FullName, Culture, Roles, UnitIds, ConcurrencyStamp), scope, ct),
        Ui.T("Đã lưu người dùng.", "User saved."), keepForm: true, ct);

    public Task<IActionResult> OnPostPasswordAsync(CancellationToken ct) => RunAsync(
        async scope => await reset.HandleAsync(new ResetPassword.Command(Id, NewPassword ?? ""), scope, ct),
        Ui.T("Đã đặt mật khẩu mới; các phiên đăng nhập cũ của người dùng đã kết thúc.", "New password set; the user's other sessions have ended."), keepForm: false, ct);

    public Task<IActionResult> OnPostDisableAsync(CancellationToken ct) => RunAsync(
        async scope => await disable.HandleAsync(Id, scope, ct), Ui.T("Đã vô hiệu hóa tài khoản.", "Account disabled."), keepForm: false, ct);

    public Task<IActionResult> OnPostEnableAsync(CancellationToken ct) => RunAsync(
        async scope => await enable.HandleAsync(Id, scope, ct), Ui.T("Đã mở lại tài khoản.", "Account enabled."), keepForm: false, ct);

    private async Task<IActionResult> RunAsync(Func<Core.Features.Users.UnitScope, Task> action, string done, bool keepForm, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        try
        {
            await action(scope);
            Saved = done;
            return RedirectToPage(new { id = Id });
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors) foreach (var m in messages) ModelState.AddModelError(field, m.Current);
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Localized.Current);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        await LoadAsync(ct);
        if (!keepForm) (FullName, Culture, Roles, UnitIds, ConcurrencyStamp) = (Person.FullName, Person.Culture, [.. Person.Roles], [.. Person.Units.Select(u => u.Id)], Person.ConcurrencyStamp);
        var names = Person.Units.ToDictionary(u => u.Id, u => u.Name);
        Units = UnitIds.Distinct().Select(id => new Shared.UnitsPicker.Unit(id, names.GetValueOrDefault(id) ?? $"#{id}")).ToList();
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Person = await get.HandleAsync(Id, await scopes.GetAsync(ct), ct);
}
