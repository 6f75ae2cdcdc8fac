using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// Reporting regimes: the list with a form to raise a period's request, a form to record a regime by hand, and
/// proposals read from a stored document's deadlines that fill that form in.
/// </summary>
public sealed class RegimesModel(ListRegimes list, ListOrgUnits units, CreateRegime create, RaiseRequest raise,
    ProposeRegimesFromDocument propose, Core.Features.Documents.ListDocuments documents, UserScopes scopes, TimeProvider clock) : PageModel
{
    /// <summary>The stored documents a regime may be read from, newest first: chosen by reference and title, never by typing an id.</summary>
    public IReadOnlyList<Core.Features.Documents.ListDocuments.Row> Documents { get; private set; } = [];

    /// <summary>The indicators a regime can ask for, by name; the form posts their codes.</summary>
    public static IReadOnlyList<(string Code, string Name)> IndicatorChoices =>
        [.. Core.Features.Indicators.IndicatorCatalog.FixedCodes.Select(c => (c, SubmissionModel.IndicatorName(c)))];

    public IReadOnlyList<ListRegimes.Row> Regimes { get; private set; } = [];
    public IReadOnlyList<ListOrgUnits.Row> Receivers { get; private set; } = [];
    public IReadOnlyList<ListOrgUnits.Row> Areas { get; private set; } = [];
    public IReadOnlyList<ProposeRegimes.Proposal> Proposals { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public string? Conflict { get; private set; }

    [BindProperty(SupportsGet = true)] public int? DocumentId { get; set; }
    [BindProperty(SupportsGet = true)] public string Name { get; set; } = "";
    [BindProperty] public string RegimeContent { get; set; } = "";
    [BindProperty(SupportsGet = true)] public ReportingFrequency Frequency { get; set; } = ReportingFrequency.Yearly;
    [BindProperty(SupportsGet = true)] public string FirstPeriod { get; set; } = "";
    [BindProperty(SupportsGet = true)] public int? CutoffDay { get; set; } = 15;
    [BindProperty(SupportsGet = true)] public int DeadlineDays { get; set; } = 5;
    [BindProperty(SupportsGet = true)] public string? SourceReference { get; set; }
    [BindProperty] public int ReceiverId { get; set; }
    [BindProperty] public int ReporterAreaId { get; set; }
    [BindProperty] public bool SubordinateCommittees { get; set; } = true;
    [BindProperty] public List<OrgUnitKind> BodyKinds { get; set; } = [];
    [BindProperty] public string Sections { get; set; } = "";
    [BindProperty] public List<string> Indicators { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (DocumentId is { } id) Proposals = await propose.HandleAsync(id, ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var command = new CreateRegime.Command(Name, RegimeContent, Frequency == ReportingFrequency.Once ? ReportKind.Thematic : ReportKind.Periodic,
            Frequency, ReceiverId, ReporterAreaId, SubordinateCommittees, BodyKinds, FirstPeriod, null, CutoffDay, DeadlineDays,
            Lines(Sections), [.. Indicators.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim())], SourceReference: SourceReference);
        return await TryAsync(async scope => { await create.HandleAsync(command, scope, ct); return RedirectToPage(); }, ct);
    }

    public async Task<IActionResult> OnPostRaiseAsync(int regimeId, string period, DateOnly? deadline, string? letter, CancellationToken ct) =>
        await TryAsync(async scope =>
        {
            var id = await raise.HandleAsync(new RaiseRequest.Command(regimeId, period, deadline, SourceReference: string.IsNullOrWhiteSpace(letter) ? null : letter.Trim()), scope, ct);
            return RedirectToPage("/Reporting/Request", new { id });
        }, ct);

    private async Task<IActionResult> TryAsync(Func<Core.Features.Users.UnitScope, Task<IActionResult>> action, CancellationToken ct)
    {
        try
        {
            return await action(await scopes.GetAsync(ct));
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
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Regimes = await list.HandleAsync(scope, ct);
        CanEdit = scope.IsInRole(ReportingRoles.Raisers);
        if (CanEdit) Documents = (await documents.HandleAsync(new(PageSize: 50), scope, ct)).Rows;
        var today = ReportRequest.Today(clock);
        var rows = await units.HandleAsync(today, scope, ct);
        Receivers = [.. rows.Where(r => r.Kind is nameof(OrgUnitKind.Department) or nameof(OrgUnitKind.PartyCommission) or nameof(OrgUnitKind.PeoplesCommittee))];
        Areas = [.. rows.Where(r => r.Kind == nameof(OrgUnitKind.AdministrativeArea) && r.Level != nameof(OrgLevel.Village))];
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string FrequencyName(ReportingFrequency f) => f switch
    {
        ReportingFrequency.Once => Ui.T("Một lần", "Once"),
        ReportingFrequency.Yearly => Ui.T("Hằng năm", "Yearly"),
        ReportingFrequency.HalfYearly => Ui.T("6 tháng", "Half-yearly"),
        ReportingFrequency.Quarterly => Ui.T("Hằng quý", "Quarterly"),
        _ => Ui.T("Hằng tháng", "Monthly"),
    };
}
