using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Registers;

/// <summary>Adds or edits one register row; errors show beside their fields in the reader's language.</summary>
public sealed class EditModel(RecordEntry record, EditEntry edit, GetEntry get, ListPartners partners,
    UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Register { get; set; } = "delegations-in";
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public int UnitId { get; set; }
    [BindProperty] public int Version { get; set; }

    public Register Definition { get; private set; } = null!;
    public Dictionary<string, string?> Values { get; private set; } = [];
    public string? UnitName { get; private set; }
    public IReadOnlyList<string> PartnerNames { get; private set; } = [];
    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Id is { } id)
        {
            var entry = await get.HandleAsync(Register, id, await scopes.GetAsync(ct), ct);
            (UnitId, Version) = (entry.UnitId, entry.Version);
            Values = entry.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        }
        else UnitId = await UnitChoices.FirstAsync(db, trees, await scopes.GetAsync(ct), ct) ?? 0;
        UnitName = await UnitChoices.NameAsync(db, trees, await scopes.GetAsync(ct), UnitId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Values = Definition.Fields.ToDictionary(f => f.Name, f => (string?)Request.Form[f.Name].ToString());
        var scope = await scopes.GetAsync(ct);
        UnitName = await UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
        try
        {
            if (Id is { } id) await edit.HandleAsync(new EditEntry.Command(Register, id, Version, UnitId, Values), scope, ct);
            else await record.HandleAsync(new RecordEntry.Command(Register, UnitId, Values), scope, ct);
            TempData["Done"] = Ui.T("Đã lưu.", "Saved.");
            return Redirect($"/Registers?register={Register}");
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
        return Page();
    }

    public string? ErrorOf(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        Definition = RegisterCatalog.Get(Register);
        var scope = await scopes.GetAsync(ct);
        if (Definition.Fields.Any(f => f.Kind == FieldKind.Partner))
            PartnerNames = (await partners.HandleAsync(null, ct)).Select(p => p.Name).ToList();
    }
}
