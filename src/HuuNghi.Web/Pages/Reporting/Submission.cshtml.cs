using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Documents.Writing.Docx;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// A unit's report for a request: every version with its figures and reviews; for the unit's writers the open
/// draft (save, submit) with the report's sections to write; for the receiver's reviewers accept or return with a
/// reason; for both the report as DOCX, PDF or XLSX, current and as each version was submitted.
/// </summary>
public sealed class SubmissionModel(GetSubmission get, StartDraft start, SaveDraft save, SubmitReport submit,
    AcceptSubmission accept, ReturnSubmission giveBack, ComposeReport compose, WriteReport write, UserScopes scopes) : PageModel
{
    public GetSubmission.Details Report { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public bool CanReview { get; private set; }
    public string? Conflict { get; private set; }
    [TempData] public string? Done { get; set; }

    [BindProperty] public string ReportText { get; set; } = "";
    [BindProperty] public string? DocumentReference { get; set; }
    /// <summary>Figures as typed, parsed below by the one rule for typed numbers (TypedNumber): "1.234" is 1234, "1,5" one and a half.</summary>
    [BindProperty] public Dictionary<string, string?> Figures { get; set; } = [];
    [BindProperty] public int SeenVersion { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The text of each template section, in template order (for the results section, the officer's addition).</summary>
    [BindProperty] public List<string?> Narratives { get; set; } = [];

    /// <summary>The report as it would be written now: the sections to edit, the results to preview, the warnings.</summary>
    public ComposeReport.Composed? Composed { get; private set; }
    /// <summary>The draft as the whole report will read, for a last look before sending.</summary>
    public OfficialDocument? DraftDocument { get; private set; }
    /// <summary>The last version sent, as sealed, shown in the page for the reviewer (and the unit) to read.</summary>
    public OfficialDocument? SentDocument { get; private set; }
    public int? SentNumber { get; private set; }
    /// <summary>What <see cref="SentNumber"/> changed against the version sent before it (<see cref="PreviousNumber"/>).</summary>
    public IReadOnlyList<VersionChanges.Change> Changes { get; private set; } = [];
    public int? PreviousNumber { get; private set; }
    /// <summary>Why a file could not be made (no LibreOffice for PDF), said on the page instead of an error page.</summary>
    public string? FileProblem { get; private set; }

    public async Task OnGetAsync(int requestId, int unitId, CancellationToken ct)
    {
        await LoadAsync(requestId, unitId, ct);
        if (Report.OpenDraft is { } draft)
        {
            ReportText = draft.Content;
            DocumentReference = draft.DocumentReference;
        }
    }

    public Task<IActionResult> OnPostStartAsync(int requestId, int unitId, CancellationToken ct) => ActAsync(requestId, unitId,
        async scope => await start.HandleAsync(new StartDraft.Command(requestId, unitId), scope, ct),
        Ui.T("Đã mở bản nháp mới.", "A new draft is open."), ct);

    public Task<IActionResult> OnPostSaveAsync(int requestId, int unitId, int number, CancellationToken ct) => ActAsync(requestId, unitId,
        scope => save.HandleAsync(Draft(number), scope, ct),
        Ui.T("Đã lưu bản nháp.", "Draft saved."), ct);

    public Task<IActionResult> OnPostSubmitAsync(int requestId, int unitId, int number, CancellationToken ct) => ActAsync(requestId, unitId,
        async scope =>
        {
            await save.HandleAsync(Draft(number), scope, ct);
            await submit.HandleAsync(new SubmitReport.Command(SubmissionId(), SeenVersion), scope, ct);
        },
        Ui.T("Đã gửi báo cáo.", "Report submitted."), ct);

    public Task<IActionResult> OnPostAcceptAsync(int requestId, int unitId, CancellationToken ct) => ActAsync(requestId, unitId,
        scope => accept.HandleAsync(new AcceptSubmission.Command(SubmissionId(), SeenVersion), scope, ct),
        Ui.T("Đã chấp nhận báo cáo.", "Report accepted."), ct);

    public Task<IActionResult> OnPostReturnAsync(int requestId, int unitId, CancellationToken ct) => ActAsync(requestId, unitId,
        scope => giveBack.HandleAsync(new ReturnSubmission.Command(SubmissionId(), SeenVersion, Reason ?? ""), scope, ct),
        Ui.T("Đã trả lại báo cáo.", "Report returned."), ct);

    public async Task<IActionResult> OnGetFileAsync(int requestId, int unitId, string? format, int? version, CancellationToken ct)
    {
        try
        {
            var written = await write.HandleAsync(new WriteReport.Command(requestId, unitId, WriteReport.FormatOf(format), version), await scopes.GetAsync(ct), ct);
            return File(written.Content, written.ContentType, written.FileName);
        }
        catch (UnavailableException e)
        {
            FileProblem = e.Localized.Current;
        }
        await OnGetAsync(requestId, unitId, ct);
        return Page();
    }

    // An empty text box binds as null, and the sections now carry the report, so the free text may well be empty.
    private SaveDraft.Command Draft(int number) => new(SubmissionId(), number, ReportText ?? "", DocumentReference, ParsedFigures(),
        Narratives.Count > 0 ? [.. Narratives.Select(n => n ?? "")] : null);

    private int SubmissionId() => int.TryParse(Request.Form["SubmissionId"], out var id) ? id : 0;

    private Dictionary<string, decimal> ParsedFigures()
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        // A regime without indicators posts no "Figures[…]" fields, and the binder then fills the dictionary from
        // the whole form (the antiforgery token, the sections): only fields posted as figures are figures.
        foreach (var (code, text) in Figures.Where(f => !string.IsNullOrWhiteSpace(f.Value) && Request.Form.ContainsKey($"Figures[{f.Key}]")))
        {
            // The register's reading of numbers (TypedNumber), so "1.234" here is the same 1234 as in a register form.
            var typed = TypedNumber.Parse(text);
            if (typed.Value is { } value) figures[code] = value;
            else throw new ValidationFailedException("Figures", new Localized($"Số liệu của {FigureLabel(code)}: {typed.Error!.Vi}.",
                $"The figure for {FigureLabel(code)}: {typed.Error!.En}."));
        }
        return figures;
    }

    private async Task<IActionResult> ActAsync(int requestId, int unitId, Func<Core.Features.Users.UnitScope, Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action(await scopes.GetAsync(ct));
            Done = done;
            return RedirectToPage(new { requestId, unitId });
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
                foreach (var m in messages) ModelState.AddModelError(field == "Content" ? nameof(ReportText) : "", m.Current);
        }
        catch (ConflictException e)
        {
            Conflict = e.Localized.Current;
        }
        await LoadAsync(requestId, unitId, ct);
        return Page();
    }

    private async Task LoadAsync(int requestId, int unitId, CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Report = await get.HandleAsync(requestId, unitId, scope, ct);
        SeenVersion = Report.SeenVersion;
        CanWrite = scope.IsInRole(ReportingRoles.Writers) && scope.Contains(unitId);
        CanReview = scope.IsInRole(ReportingRoles.Reviewers) && scope.Contains(Report.ReceiverId);
        if (CanWrite && Report.OpenDraft is not null)
        {
            Composed = await compose.HandleAsync(requestId, unitId, null, scope, ct);
            DraftDocument = ReportDocument.Build(Composed.Content);
        }
        var sent = Report.Versions.Where(v => v.SubmittedAt is not null).ToList();
        if (sent.Count > 0 && await compose.HandleAsync(requestId, unitId, sent[^1].Number, scope, ct) is { Sealed: true } last)
        {
            (SentDocument, SentNumber) = (ReportDocument.Build(last.Content), sent[^1].Number);
            if (sent.Count > 1 && await compose.HandleAsync(requestId, unitId, sent[^2].Number, scope, ct) is { Sealed: true } before)
                (Changes, PreviousNumber) = (VersionChanges.Between(ReportDocument.Build(before.Content), SentDocument), sent[^2].Number);
        }
    }

    /// <summary>The question asked before sending: to whom, and that a sent version cannot be changed.</summary>
    public string SubmitQuestion
    {
        get
        {
            var to = Composed?.Content.Addressees is { Count: > 0 } addressees ? addressees[0] : null;
            var number = Report.OpenDraft?.Number;
            return Ui.T(
                $"Gửi báo cáo phiên bản {number} tới {to ?? "nơi nhận"}? Sau khi gửi, phiên bản này được niêm phong, không sửa được nữa; muốn sửa phải chờ nơi nhận trả lại.",
                $"Send version {number} of the report to {to ?? "the receiver"}? Once sent, this version is sealed and cannot be changed; to change it, the receiver must return it.");
        }
    }

    /// <summary>What the officer typed when a post comes back with errors, otherwise the saved text or the suggested draft.</summary>
    public string NarrativeText(int i) =>
        Narratives.Count > i && Narratives[i] is { } typed ? typed : Composed?.Content.Sections[i].Text ?? "";

    public string FigureValue(string code) =>
        Figures.TryGetValue(code, out var typed) && typed is not null ? typed
        : Report.OpenDraft?.Figures.FirstOrDefault(f => f.Code == code)?.Value.ToString("0.##########", CultureInfo.GetCultureInfo("vi-VN")) ?? "";

    /// <summary>The indicator's name, so an officer reads "Số lượt đoàn vào" rather than a code.</summary>
    public string FigureLabel(string code) =>
        Composed?.Content.Figures.FirstOrDefault(f => f.Code == code) is { } figure && figure.Name != code
            ? $"{figure.Name} ({figure.Unit})" : IndicatorName(code);

    /// <summary>An indicator's name in the page's language; the code only for one the catalogue does not know.</summary>
    public static string IndicatorName(string code) => HuuNghi.Core.Features.Indicators.IndicatorCatalog.Describe(code)?.Name.Current ?? code;
}
