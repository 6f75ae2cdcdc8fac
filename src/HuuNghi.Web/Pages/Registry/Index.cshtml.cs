using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Web.Api;
using HuuNghi.Web.Infrastructure;
using HuuNghi.Web.Pages.Registers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Registry;

/// <summary>A unit's outgoing register for a year: page through it, export it, take or reserve a number, issue or release a reserved one.</summary>
public sealed class IndexModel(ListOutgoingRegister list, AllocateOutgoingNumber allocate, ReserveNumber reserve, IssueReservedNumber issue,
    ReleaseNumber release, ExportOutgoingRegister export, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Register { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    [BindProperty] public string? Symbol { get; set; }
    [BindProperty] public string? KindName { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Signer { get; set; }
    [BindProperty] public string? Distribution { get; set; }
    [BindProperty] public string? KeptBy { get; set; }
    [BindProperty] public int? Copies { get; set; }

    public ListOutgoingRegister.Result? Lines { get; private set; }
    public string? UnitName { get; private set; }
    public bool CanAllocate { get; private set; }
    public IReadOnlyDictionary<string, Localized[]> Errors { get; private set; } = new Dictionary<string, Localized[]>();
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m.Select(x => x.Current)) : null;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostAllocateAsync(CancellationToken ct) => TakeAsync(reserveOnly: false, ct);

    public Task<IActionResult> OnPostReserveAsync(CancellationToken ct) => TakeAsync(reserveOnly: true, ct);

    public Task<IActionResult> OnPostIssueAsync(int id, CancellationToken ct) => ActAsync(async scope =>
    {
        var a = await issue.HandleAsync(new IssueReservedNumber.Command(id), scope, ct);
        return Ui.T($"Đã ban hành số {a.Reference} ngày {Ui.Date(a.IssuedOn)}.", $"Number {a.Reference} issued on {Ui.Date(a.IssuedOn)}.");
    }, ct);

    public Task<IActionResult> OnPostReleaseAsync(int id, string? reason, CancellationToken ct) => ActAsync(async scope =>
    {
        await release.HandleAsync(new ReleaseNumber.Command(id, reason), scope, ct);
        return Ui.T("Đã hủy số giữ chỗ; số vẫn ghi trong sổ là đã hủy.", "The reserved number was released; the register keeps it as cancelled.");
    }, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var unit = UnitId ?? (await DefaultUnitAsync(scope, ct));
        var (name, content) = await export.HandleAsync(new ExportOutgoingRegister.Query(unit, Year, Register), scope, ct);
        return File(content, RegistersApi.Xlsx, name);
    }

    private Task<IActionResult> TakeAsync(bool reserveOnly, CancellationToken ct) => ActAsync(async scope =>
    {
        var command = new AllocateOutgoingNumber.Command(UnitId ?? 0, Symbol, Register,
            new OutgoingRegister.Details(KindName, Title, Signer, Distribution, KeptBy, Copies));
        var a = reserveOnly ? await reserve.HandleAsync(command, scope, ct) : await allocate.HandleAsync(command, scope, ct);
        Year = a.Year;
        return reserveOnly
            ? Ui.T($"Đã giữ số {a.Reference} cho bản dự thảo.", $"Number {a.Reference} reserved for the draft.")
            : Ui.T($"Đã cấp số {a.Reference} ngày {Ui.Date(a.IssuedOn)}.", $"Number {a.Reference} allocated on {Ui.Date(a.IssuedOn)}.");
    }, ct);

    /// <summary>Runs a change; on success back to the list (so a reload never takes a second number), on a refusal the form again with the reasons.</summary>
    private async Task<IActionResult> ActAsync(Func<Core.Features.Users.UnitScope, Task<string>> change, CancellationToken ct)
    {
        try
        {
            Done = await change(await scopes.GetAsync(ct));
            return RedirectToPage(new { UnitId, Year, Register });
        }
        catch (ValidationFailedException e)
        {
            Errors = e.Errors;
            Error = string.Join(" ", e.Errors.Values.SelectMany(m => m).Select(m => m.Current));
        }
        catch (ConflictException e)
        {
            Error = e.Localized.Current;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        CanAllocate = scope.IsInRole(OutgoingRegister.Clerks);
        UnitId ??= await UnitChoices.FirstAsync(db, trees, scope, ct);
        if (UnitId is null) return;
        UnitName = await UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
        Lines = await list.HandleAsync(new ListOutgoingRegister.Query(UnitId.Value, Year, Register, PageNumber), scope, ct);
    }

    /// <summary>The user's first unit that still exists: the one whose numbers an officer takes most days.</summary>
    private async Task<int> DefaultUnitAsync(Core.Features.Users.UnitScope scope, CancellationToken ct)
    {
        return await UnitChoices.FirstAsync(db, trees, scope, ct) ?? throw new ForbiddenException();
    }
}
