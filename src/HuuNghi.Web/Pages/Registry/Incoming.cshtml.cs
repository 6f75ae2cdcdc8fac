using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Api;
using HuuNghi.Web.Infrastructure;
using HuuNghi.Web.Pages.Registers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Registry;

/// <summary>A unit's incoming register: page through it by year and state, export it, enter a stored document, hand one out and move its state.</summary>
public sealed class IncomingModel(ListIncomingRegister list, RecordArrival record, AssignIncoming assign, ChangeIncomingState change,
    ShowIncomingEntry show, ExportIncomingRegister export, UserScopes scopes, HuuNghiDbContext db, OrgTreeCache trees) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public IncomingState? State { get; set; }
    [BindProperty(SupportsGet = true)] public bool Subtree { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    /// <summary>The line whose handling form is open.</summary>
    [BindProperty(SupportsGet = true)] public int? Entry { get; set; }

    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public int? HandlerUnitId { get; set; }
    [BindProperty] public string? HandlerUser { get; set; }
    [BindProperty] public DateOnly? Deadline { get; set; }
    [BindProperty] public IncomingState NewState { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int? Version { get; set; }

    public ListIncomingRegister.Result? Lines { get; private set; }
    public ListIncomingRegister.Row? Open { get; private set; }
    public string? UnitName { get; private set; }
    public string? HandlerUnitName { get; private set; }
    public bool CanEnter { get; private set; }
    public IReadOnlyDictionary<string, Localized[]> Errors { get; private set; } = new Dictionary<string, Localized[]>();
    public string? Error { get; private set; }
    [TempData] public string? Done { get; set; }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var m) ? string.Join(" ", m.Select(x => x.Current)) : null;

    public string Link(int? entry = null, int? page = null) =>
        $"/Registry/Incoming?UnitId={Lines?.UnitId}&Year={Lines?.Year}&State={State}&Subtree={Subtree}&PageNumber={page ?? PageNumber}"
        + (entry is { } e ? $"&Entry={e}#handle" : "");

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostReceiveAsync(CancellationToken ct) => ActAsync(async scope =>
    {
        var row = await record.HandleAsync(new RecordArrival.Command(Reference, UnitId ?? 0, HandlerUnitId, HandlerUser, Deadline), scope, ct);
        (Year, Entry) = (row.Year, row.Id);
        return Ui.T($"Đã vào sổ văn bản đến số {row.Number}: {row.Reference}.", $"Entered as incoming number {row.Number}: {row.Reference}.");
    }, ct);

    public Task<IActionResult> OnPostAssignAsync(CancellationToken ct) => ActAsync(async scope =>
    {
        var row = await assign.HandleAsync(new AssignIncoming.Command(Entry ?? 0, HandlerUnitId, HandlerUser, Deadline, Version), scope, ct);
        return Ui.T($"Đã giao xử lý văn bản đến số {row.Number}.", $"Incoming number {row.Number} assigned.");
    }, ct);

    public Task<IActionResult> OnPostStateAsync(CancellationToken ct) => ActAsync(async scope =>
    {
        var row = await change.HandleAsync(new ChangeIncomingState.Command(Entry ?? 0, NewState, Note, Version), scope, ct);
        return Ui.T($"Văn bản đến số {row.Number}: {IncomingRegister.StateName(row.State).Vi}.", $"Incoming number {row.Number}: {IncomingRegister.StateName(row.State).En}.");
    }, ct);

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var unit = UnitId ?? await UnitChoices.FirstAsync(db, trees, scope, ct) ?? throw new ForbiddenException();
        var (name, content) = await export.HandleAsync(new ExportIncomingRegister.Query(unit, Year), scope, ct);
        return File(content, RegistersApi.Xlsx, name);
    }

    /// <summary>Runs a change; on success back to the list (a reload never enters twice), on a refusal the form again with the reasons.</summary>
    private async Task<IActionResult> ActAsync(Func<UnitScope, Task<string>> act, CancellationToken ct)
    {
        try
        {
            Done = await act(await scopes.GetAsync(ct));
            return RedirectToPage(new { UnitId, Year, State, Subtree, Entry });
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
        CanEnter = scope.IsInRole(IncomingRegister.Clerks);
        if (Entry is { } id)
        {
            Open = await show.HandleAsync(id, scope, ct);
            HandlerUnitName = Open.HandlerUnit;
            // A handling sub-unit sees its line, not the receiving unit's whole register.
            if (UnitId is null && scope.Contains(Open.UnitId)) (UnitId, Year) = (Open.UnitId, Open.Year);
        }
        UnitId ??= await UnitChoices.FirstAsync(db, trees, scope, ct);
        if (UnitId is null) return;
        UnitName = await UnitChoices.NameAsync(db, trees, scope, UnitId, ct);
        Lines = await list.HandleAsync(new ListIncomingRegister.Query(UnitId.Value, Year, State, Subtree, PageNumber), scope, ct);
    }
}
