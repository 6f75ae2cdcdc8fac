using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>
/// The written reports (the CLI's <c>report write|consolidate</c>): a unit's report or the receiver's consolidated
/// one as DOCX, PDF or XLSX, the composed content as JSON, and each unit's signer and distribution settings.
/// </summary>
public static class ReportsApi
{
    /// <summary>Response header with the report's warnings, each percent-encoded and joined by commas so the header stays ASCII.</summary>
    public const string WarningsHeader = "X-Report-Warnings";

    public sealed record ContentBody(ReportContent Content, IReadOnlyList<string> Warnings);
    public sealed record ConsolidatedContentBody(ReportContent Content, IReadOnlyList<string> Warnings, int SeenVersion);
    public sealed record ConsolidatedTextBody(int SeenVersion, IReadOnlyList<string> Narratives);
    public sealed record IssuerProfileBody(int SeenVersion, string? IssuerParent, string? Issuer, string? Abbreviation, string? Place,
        IReadOnlyList<string>? SignerAuthority, string? SignerPosition, string? SignerName, IReadOnlyList<string>? Distribution);

    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        var reporting = api.MapGroup("/reporting").WithTags("Reports");
        reporting.MapGet("/requests/{id:int}/submissions/{unitId:int}/report", async Task<FileContentHttpResult> (int id, int unitId, string? format, int? version,
            WriteReport write, UserScopes scopes, HttpResponse response, CancellationToken ct) =>
            File(response, await write.HandleAsync(new WriteReport.Command(id, unitId, WriteReport.FormatOf(format), version), await scopes.GetAsync(ct), ct)))
            .WithSummary("Báo cáo của đơn vị: DOCX, PDF, XLSX / A unit's report as DOCX, PDF or XLSX")
            .WithDescription($"format = docx (default), pdf or xlsx; version = a version number (default: the current one). The warnings come in the {WarningsHeader} header.");
        reporting.MapGet("/requests/{id:int}/submissions/{unitId:int}/report/content", async Task<Ok<ContentBody>> (int id, int unitId, int? version,
            ComposeReport compose, UserScopes scopes, CancellationToken ct) =>
        {
            var composed = await compose.HandleAsync(id, unitId, version, await scopes.GetAsync(ct), ct);
            return TypedResults.Ok(new ContentBody(composed.Content, [.. composed.Warnings.Select(w => w.Current)]));
        }).WithSummary("Nội dung báo cáo của đơn vị / A unit's report content");
        reporting.MapGet("/requests/{id:int}/consolidated-report", async Task<FileContentHttpResult> (int id, string? format, int? root,
            WriteReport write, UserScopes scopes, HttpResponse response, CancellationToken ct) =>
            File(response, await write.HandleAsync(new WriteReport.Command(id, null, WriteReport.FormatOf(format), RootId: root), await scopes.GetAsync(ct), ct)))
            .WithSummary("Báo cáo tổng hợp của đơn vị nhận / The receiver's consolidated report");
        reporting.MapGet("/requests/{id:int}/consolidated-report/content", async Task<Ok<ConsolidatedContentBody>> (int id, int? root,
            ComposeConsolidatedReport compose, UserScopes scopes, CancellationToken ct) =>
        {
            var composed = await compose.ComposeAsync(id, root, await scopes.GetAsync(ct), ct);
            return TypedResults.Ok(new ConsolidatedContentBody(composed.Composed.Content, [.. composed.Composed.Warnings.Select(w => w.Current)], composed.SeenVersion));
        }).WithSummary("Nội dung báo cáo tổng hợp / The consolidated report's content");
        reporting.MapPut("/requests/{id:int}/consolidated-report/text", async Task<NoContent> (int id, ConsolidatedTextBody b,
            SaveConsolidatedDraft save, UserScopes scopes, CancellationToken ct) =>
        {
            await save.HandleAsync(new SaveConsolidatedDraft.Command(id, b.SeenVersion, b.Narratives ?? []), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Lưu nội dung báo cáo tổng hợp, mỗi phần một đoạn (409 khi người khác vừa sửa) / Save the consolidated report's text per section (409 when changed meanwhile)");

        var units = api.MapGroup("/orgunits").WithTags("Reports");
        units.MapGet("/{id:int}/issuer-profile", async Task<Ok<GetIssuerProfile.Result>> (int id, GetIssuerProfile get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(id, await scopes.GetAsync(ct), ct)))
            .WithSummary("Người ký, nơi nhận của đơn vị / A unit's signer and distribution");
        units.MapPut("/{id:int}/issuer-profile", async Task<NoContent> (int id, IssuerProfileBody b, SaveIssuerProfile save, UserScopes scopes, CancellationToken ct) =>
        {
            await save.HandleAsync(new SaveIssuerProfile.Command(id, b.SeenVersion, b.IssuerParent, b.Issuer, b.Abbreviation, b.Place,
                b.SignerAuthority ?? [], b.SignerPosition, b.SignerName, b.Distribution ?? []), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Lưu người ký, nơi nhận (409 khi người khác vừa sửa) / Save the signer and distribution (409 when changed meanwhile)");
    }

    private static FileContentHttpResult File(HttpResponse response, WriteReport.Written written)
    {
        if (written.Warnings.Count > 0)
            response.Headers[WarningsHeader] = string.Join(",", written.Warnings.Select(w => Uri.EscapeDataString(w.Current)));
        return TypedResults.File(written.Content, written.ContentType, written.FileName);
    }
}
