using HuuNghi.Core.Features.Registry;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/registry: the outgoing register (mirrors <c>registry outgoing</c>, <c>registry list</c>, <c>registry release</c>) and its XLSX.</summary>
public static class RegistryApi
{
    public sealed record AllocateBody(int UnitId, string? Symbol, string? Register = null, string? KindName = null, string? Title = null,
        string? Signer = null, string? Distribution = null, string? KeptBy = null, int? Copies = null, int? SubmissionId = null, bool Reserve = false);

    public sealed record ReleaseBody(string? Reason);

    public static void MapRegistryApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registry/outgoing").WithTags("Registry");
        group.MapGet("/", async Task<Ok<ListOutgoingRegister.Result>> (int unit, int? year, string? register, int? page, ListOutgoingRegister list,
            UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new ListOutgoingRegister.Query(unit, year, register, page ?? 1), await scopes.GetAsync(ct), ct)))
            .WithSummary("Sổ văn bản đi của đơn vị trong năm, theo trang / A unit's outgoing register for a year, paged");
        group.MapPost("/", async Task<Created<AllocateOutgoingNumber.Allocated>> (AllocateBody b, AllocateOutgoingNumber allocate, ReserveNumber reserve,
            UserScopes scopes, CancellationToken ct) =>
        {
            var command = new AllocateOutgoingNumber.Command(b.UnitId, b.Symbol, b.Register,
                new OutgoingRegister.Details(b.KindName, b.Title, b.Signer, b.Distribution, b.KeptBy, b.Copies, b.SubmissionId));
            var scope = await scopes.GetAsync(ct);
            var a = b.Reserve ? await reserve.HandleAsync(command, scope, ct) : await allocate.HandleAsync(command, scope, ct);
            return TypedResults.Created($"/api/registry/outgoing?unit={b.UnitId}&year={a.Year}&register={a.Register}", a);
        }).WithSummary("Cấp (hoặc giữ) số tiếp theo: { number, symbol, reference, year, issuedOn } / Allocate (or reserve) the next number");
        group.MapPost("/{id:int}/issue", async Task<Ok<AllocateOutgoingNumber.Allocated>> (int id, IssueReservedNumber issue, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await issue.HandleAsync(new IssueReservedNumber.Command(id), await scopes.GetAsync(ct), ct)))
            .WithSummary("Ban hành văn bản mang số đang giữ / Issue the document that holds a reserved number");
        group.MapPost("/{id:int}/release", async Task<NoContent> (int id, ReleaseBody? b, ReleaseNumber release, UserScopes scopes, CancellationToken ct) =>
        {
            await release.HandleAsync(new ReleaseNumber.Command(id, b?.Reason), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        }).WithSummary("Hủy số đang giữ (ghi là đã hủy) / Release a reserved number (recorded as cancelled)");
        group.MapGet("/export", async Task<FileContentHttpResult> (int unit, int? year, string? register, ExportOutgoingRegister export, UserScopes scopes, CancellationToken ct) =>
        {
            var (name, content) = await export.HandleAsync(new ExportOutgoingRegister.Query(unit, year, register), await scopes.GetAsync(ct), ct);
            return TypedResults.File(content, RegistersApi.Xlsx, name);
        }).WithSummary("Sổ văn bản đi ra XLSX theo mẫu sổ giấy / The outgoing register as XLSX in the paper register's layout");
    }
}
