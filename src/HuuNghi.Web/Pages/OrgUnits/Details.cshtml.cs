using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.OrgUnits;

/// <summary>
/// A unit's history (parents over time, merges, renames, aliases); for editors the rename form; for those who write
/// the unit's reports, who signs them and who gets copies.
/// </summary>
public sealed class DetailsModel(GetOrgUnit get, EditOrgUnit edit, GetIssuerProfile getIssuer, SaveIssuerProfile saveIssuer, UserScopes scopes) : PageModel
{
    /// <summary>The signer form; lines are typed one per line, as they stand under "Nơi nhận" and above the signature.</summary>
    public sealed class SignerForm
    {
        public int SeenVersion { get; set; }
        public string? IssuerParent { get; set; }
        public string? Issuer { get; set; }
        public string? Abbreviation { get; set; }
        public string? Place { get; set; }
        public string? SignerAuthority { get; set; }
        public string? SignerPosition { get; set; }
        public string? SignerName { get; set; }
        public string? Distribution { get; set; }
    }

    public GetOrgUnit.Details Unit { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    [TempData] public string? Saved { get; set; }
    public string? Conflict { get; private set; }

    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? ShortName { get; set; }
    [BindProperty] public string? IdentifierCode { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public DateOnly? RenamedOn { get; set; }
    [BindProperty] public SignerForm Signer { get; set; } = new();
    /// <summary>The letterhead the unit's reports get today; its values are the placeholders of empty fields.</summary>
    public GetIssuerProfile.Result? Issuer { get; private set; }
    public string? SignerConflict { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Name = Unit.Name;
        ShortName = Unit.ShortName;
        IdentifierCode = Unit.IdentifierCode;
        Version = Unit.Version;
        if (Issuer?.Saved is { } saved)
            Signer = new SignerForm
            {
                IssuerParent = saved.IssuerParent, Issuer = saved.Issuer, Abbreviation = saved.Abbreviation, Place = saved.Place,
                SignerAuthority = string.Join("\n", saved.SignerAuthority), SignerPosition = saved.SignerPosition, SignerName = saved.SignerName,
                Distribution = string.Join("\n", saved.Distribution),
            };
        Signer.SeenVersion = Issuer?.SeenVersion ?? 0;
    }

    public async Task<IActionResult> OnPostSignerAsync(int id, CancellationToken ct)
    {
        var f = Signer;
        try
        {
            await saveIssuer.HandleAsync(new SaveIssuerProfile.Command(id, f.SeenVersion, f.IssuerParent, f.Issuer, f.Abbreviation, f.Place,
                Lines(f.SignerAuthority), f.SignerPosition, f.SignerName, Lines(f.Distribution)), await scopes.GetAsync(ct), ct);
            Saved = Ui.T("Đã lưu người ký, nơi nhận.", "Signer and distribution saved.");
            return RedirectToPage(new { id });
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) ModelState.AddModelError("Signer." + field, m.Current);
        }
        catch (ConflictException e)
        {
            SignerConflict = e.Localized.Current;
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private static List<string> Lines(string? text) => [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        try
        {
            await edit.HandleAsync(new EditOrgUnit.Command(id, Name, ShortName, Version, RenamedOn, IdentifierCode ?? ""), scope, ct);
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
        if (scope.IsInRole(ReportingRoles.Writers) && scope.Contains(id)) Issuer = await getIssuer.HandleAsync(id, scope, ct);
    }
}
