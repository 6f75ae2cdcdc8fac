using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages.Documents;

/// <summary>Uploads one or more files; each is imported on its own so one bad file never stops the others.</summary>
public sealed class UploadModel(ImportDocuments import, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees,
    HuuNghiSettings settings, TimeProvider clock) : PageModel
{
    public sealed record Outcome(string FileName, bool Ok, string Message, IReadOnlyList<ImportDocuments.Imported> Documents);

    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public int? OwnerUnitId { get; set; }
    public IReadOnlyList<(int Id, string Name)> MyUnits { get; private set; } = [];
    public List<Outcome> Outcomes { get; } = [];
    public long MaxMegabytes => settings.MaxUploadBytes / 1024 / 1024;

    public async Task OnGetAsync(CancellationToken ct) => await LoadUnitsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadUnitsAsync(ct);
        var scope = await scopes.GetAsync(ct);
        if (Files.Count == 0) ModelState.AddModelError(nameof(Files), Ui.T("Chọn ít nhất một tệp.", "Choose at least one file."));
        foreach (var file in Files)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                var result = await import.HandleAsync(new ImportDocuments.Command(file.FileName, buffer.ToArray(), OwnerUnitId, settings.MaxUploadBytes), scope, ct);
                Outcomes.Add(new Outcome(file.FileName, true, result.Unchanged
                    ? Ui.T("Tệp này đã được lưu trước đây; không có gì thay đổi.", "This file was stored before; nothing changed.")
                    : Ui.T($"Đã lưu {result.Documents.Count} văn bản.", $"Stored {result.Documents.Count} document(s)."), result.Documents));
            }
            catch (DomainException e)
            {
                Outcomes.Add(new Outcome(file.FileName, false, e.Localized.Current, []));
            }
        }
        return Page();
    }

    private async Task LoadUnitsAsync(CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        var userName = User.Identity!.Name;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var ids = await db.UserUnits.Where(u => db.Users.Any(x => x.Id == u.UserId && x.UserName == userName)).Select(u => u.OrgUnitId).ToListAsync(ct);
        MyUnits = ids.Select(id => (id, tree.NameOn(id, today))).ToList();
    }
}
