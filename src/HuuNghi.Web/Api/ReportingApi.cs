using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/reporting: regimes, requests and their rates (the CLI's <c>reporting requests|rates</c>), submissions and reviews, consolidation.</summary>
public static class ReportingApi
{
    public sealed record UnitBody(int OrgUnitId, string Name, UnitReportStatus Status, DateTime? SubmittedAt, bool OnTime, bool Late, DateOnly? ClosedOn);
    public sealed record RatesBody(int Id, string Title, string Period, DateOnly Deadline, int Expected, int Submitted, int OnTime,
        decimal Rate, decimal OnTimeRate, IReadOnlyList<UnitBody> Units);
    /// <param name="UnitCount">Units matching the status filter, before paging; <paramref name="PageSize"/> is the size applied (bounded).</param>
    public sealed record PagedRatesBody(int Id, string Title, string Period, DateOnly Deadline, int Expected, int Submitted, int OnTime,
        decimal Rate, decimal OnTimeRate, IReadOnlyList<UnitBody> Units, int UnitCount, int Page, int PageSize);
    private const int DefaultPageSize = 50;
    public sealed record RegimeBody(string Name, string Content, ReportKind Kind, ReportingFrequency Frequency, int ReceiverId, int ReporterAreaId,
        bool SubordinateCommittees, IReadOnlyList<OrgUnitKind> BodyKinds, string FirstPeriod, string? LastPeriod, int? CutoffDay,
        int DeadlineDaysAfterCutoff, IReadOnlyList<string> TemplateSections, IReadOnlyList<string> IndicatorCodes, string? SourceReference);
    public sealed record ProposeBody(IReadOnlyList<ProposeRegimes.ParsedDeadline> Deadlines, int DocumentYear, string? SourceReference);
    public sealed record RaiseBody(string Period, DateOnly? Deadline, string? SourceReference, DateOnly? SourceDate, int? SourceDocumentId, string? Title);
    /// <param name="Narratives">The text per template section, in template order; omitted leaves the saved text as it is.</param>
    public sealed record DraftBody(string Content, string? DocumentReference, IReadOnlyDictionary<string, decimal> Figures, IReadOnlyList<string>? Narratives = null);
    public sealed record SeenBody(int SeenVersion);
    public sealed record ReturnBody(int SeenVersion, string Reason);
    public sealed record Created(int Id);
    public sealed record Reminded(int Units);

    public static void MapReportingApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reporting").WithTags("Reporting");
        group.MapGet("/requests", async Task<Ok<IReadOnlyList<ListRequests.Row>>> (ListRequests list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(await scopes.GetAsync(ct), ct)))
            .WithSummary("Yêu cầu báo cáo / Report requests");
        // Without page or pageSize the whole list, as the CLI prints it; with either, a page and how many units matched.
        group.MapGet("/requests/{id:int}/rates", async Task<Results<Ok<RatesBody>, Ok<PagedRatesBody>>> (int id, int? unit, UnitReportStatus? status, int? page, int? pageSize,
            GetRates rates, UserScopes scopes, CancellationToken ct) =>
        {
            var paged = page is not null || pageSize is not null;
            var r = await rates.PageAsync(new GetRates.Query(id, unit, status, page ?? 1, paged ? pageSize ?? DefaultPageSize : null), await scopes.GetAsync(ct), ct);
            UnitBody[] units = [.. r.Rates.Units.Select(u => new UnitBody(u.OrgUnitId, u.Name, u.Status, u.SubmittedAt, u.OnTime, u.Late, u.ClosedOn))];
            if (!paged) return TypedResults.Ok(new RatesBody(r.RequestId, r.Title, r.Period, r.Deadline, r.Rates.Expected, r.Rates.Submitted, r.Rates.OnTime,
                r.Rates.Rate, r.Rates.OnTimeRate, units));
            return TypedResults.Ok(new PagedRatesBody(r.RequestId, r.Title, r.Period, r.Deadline, r.Rates.Expected, r.Rates.Submitted, r.Rates.OnTime,
                r.Rates.Rate, r.Rates.OnTimeRate, units, r.UnitCount, r.Page, r.PageSize ?? units.Length));
        }).WithSummary("Tỷ lệ báo cáo / Reporting rates");
        group.MapPost("/regimes", async Task<Ok<Created>> (RegimeBody b, CreateRegime create, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(new Created(await create.HandleAsync(new CreateRegime.Command(b.Name, b.Content, b.Kind, b.Frequency, b.ReceiverId,
                b.ReporterAreaId, b.SubordinateCommittees, b.BodyKinds, b.FirstPeriod, b.LastPeriod, b.CutoffDay, b.DeadlineDaysAfterCutoff,
                b.TemplateSections, b.IndicatorCodes, SourceReference: b.SourceReference), await scopes.GetAsync(ct), ct))));
        group.MapPost("/regimes/propose", async Task<Ok<IReadOnlyList<ProposeRegimes.Proposal>>> (ProposeBody b, ProposeRegimes propose, CancellationToken ct) =>
            TypedResults.Ok(await propose.HandleAsync(b.Deadlines, b.DocumentYear, b.SourceReference, ct)))
            .WithSummary("Đề xuất chế độ báo cáo từ thời hạn đã đọc / Propose regimes from parsed deadlines");
        group.MapPost("/regimes/{id:int}/requests", async Task<Ok<Created>> (int id, RaiseBody b, RaiseRequest raise, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(new Created(await raise.HandleAsync(new RaiseRequest.Command(id, b.Period, b.Deadline, null, b.SourceReference,
                b.SourceDate, b.SourceDocumentId, b.Title), await scopes.GetAsync(ct), ct))));
        group.MapPost("/requests", async Task<Ok<Created>> (RaiseAdHocRequest.Command b, RaiseAdHocRequest raise, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(new Created(await raise.HandleAsync(b, await scopes.GetAsync(ct), ct))))
            .WithSummary("Yêu cầu báo cáo đột xuất từ công văn / Ad hoc request from a letter");
        MapSubmissions(group);
        MapConsolidation(group);
    }

    private static void MapSubmissions(RouteGroupBuilder group)
    {
        group.MapGet("/requests/{id:int}/submissions/{unitId:int}", async Task<Ok<GetSubmission.Details>> (int id, int unitId, GetSubmission get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(id, unitId, await scopes.GetAsync(ct), ct)));
        group.MapPost("/requests/{id:int}/submissions/{unitId:int}/drafts", async Task<Ok<StartDraft.Started>> (int id, int unitId, StartDraft start, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await start.HandleAsync(new StartDraft.Command(id, unitId), await scopes.GetAsync(ct), ct)));
        group.MapPut("/submissions/{id:int}/versions/{number:int}", async Task<NoContent> (int id, int number, DraftBody b, SaveDraft save, UserScopes scopes, CancellationToken ct) =>
        {
            await save.HandleAsync(new SaveDraft.Command(id, number, b.Content, b.DocumentReference, b.Figures, b.Narratives), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/submissions/{id:int}/submit", async Task<NoContent> (int id, SeenBody b, SubmitReport submit, UserScopes scopes, CancellationToken ct) =>
        {
            await submit.HandleAsync(new SubmitReport.Command(id, b.SeenVersion), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/submissions/{id:int}/accept", async Task<NoContent> (int id, SeenBody b, AcceptSubmission accept, UserScopes scopes, CancellationToken ct) =>
        {
            await accept.HandleAsync(new AcceptSubmission.Command(id, b.SeenVersion), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/submissions/{id:int}/return", async Task<NoContent> (int id, ReturnBody b, ReturnSubmission ret, UserScopes scopes, CancellationToken ct) =>
        {
            await ret.HandleAsync(new ReturnSubmission.Command(id, b.SeenVersion, b.Reason), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
    }

    private static void MapConsolidation(RouteGroupBuilder group)
    {
        group.MapGet("/requests/{id:int}/consolidation", async Task<Ok<GetConsolidation.Result>> (int id, int? unit, GetConsolidation get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(id, unit, await scopes.GetAsync(ct), ct)));
        group.MapGet("/requests/{id:int}/consolidation.xlsx", async Task<FileContentHttpResult> (int id, int? unit, ExportConsolidation export, UserScopes scopes, CancellationToken ct) =>
            TypedResults.File(await export.HandleAsync(id, unit, await scopes.GetAsync(ct), ct),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"tong-hop-bao-cao-{id}.xlsx"));
        group.MapGet("/requests/{id:int}/reminders", async Task<Ok<IReadOnlyList<ListReminders.Row>>> (int id, ListReminders list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapPost("/requests/{id:int}/reminders", async Task<Ok<Reminded>> (int id, RemindUnits remind, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(new Reminded(await remind.HandleAsync(id, await scopes.GetAsync(ct), ct))))
            .WithSummary("Đôn đốc các đơn vị chưa gửi / Remind the units that have not submitted");
    }
}
