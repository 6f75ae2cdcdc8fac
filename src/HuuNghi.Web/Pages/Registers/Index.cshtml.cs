using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Web.Api;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Registers;

/// <summary>One register: filter by unit and dates, page through, delete, export, download the template, import a workbook.</summary>
public sealed class IndexModel(ListEntries list, DeleteEntry delete, ImportRegister import, ExportRegister export,
    UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Register { get; set; } = "delegations-in";
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }

    /// <summary>The drill-down links' short name for <see cref="UnitId"/> (<c>?unit=49&amp;from=…&amp;to=…</c>).</summary>
    [FromQuery(Name = "unit")] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public ListEntries.Result Entries { get; private set; } = null!;
    public string? UnitName { get; private set; }
    public bool CanEdit { get; private set; }
    public ImportRegister.Result? Imported { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, CancellationToken ct)
    {
        try
        {
            await delete.HandleAsync(new DeleteEntry.Command(Register, id, version), await scopes.GetAsync(ct), ct);
            Done = Ui.T("Đã xóa bản ghi (vẫn lưu trong nhật ký thay đổi).", "Record deleted (kept in the audit trail).");
            return RedirectToPage(new { Register, UnitId });
        }
        catch (ConflictException e)
        {
            Error = e.Localized.Current;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) Error = Ui.T("Hãy chọn tệp .xlsx để nhập.", "Choose an .xlsx file to import.");
        else
        {
            try
            {
                await using var stream = file.OpenReadStream();
                Imported = await import.HandleAsync(new ImportRegister.Command(Register, stream), await scopes.GetAsync(ct), ct);
            }
            catch (ValidationFailedException e)
            {
                Error = string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Current));
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(bool template, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var stream = new MemoryStream();
        await export.HandleAsync(new ExportRegister.Command(Register, template), stream, scope, ct);
        stream.Position = 0;
        return File(stream, RegistersApi.Xlsx, $"{Register}{(template ? "-mau" : "")}.xlsx");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        UnitId ??= Unit;
        Entries = await list.HandleAsync(new ListEntries.Query(Register, UnitId, From, To, PageNumber), scope, Ui.IsEnglish, ct);
        UnitName = await UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
        CanEdit = scope.IsInRole(RecordEntryRoles.Editors);
    }
}

/// <summary>Who may record: the same roles the Core use cases demand.</summary>
public static class RecordEntryRoles
{
    public static readonly string[] Editors =
        [Core.Features.Users.Roles.Administrator, Core.Features.Users.Roles.FocalOfficer, Core.Features.Users.Roles.UnitOfficer];
}
