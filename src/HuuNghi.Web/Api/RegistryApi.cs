using HuuNghi.Core.Features.Registry;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/registry: the outgoing register and the incoming one (mirrors <c>registry outgoing</c>, <c>registry list</c>, <c>registry release</c>) and its XLSX.</summary>
public static class RegistryApi
{
    public sealed record AllocateBody(int UnitId, string? Symbol, string? Register = null, string? KindName = null, string? Title = null,
        string? Signer = null, string? Distribution = null, string? KeptBy = null, int? Copies = null, int? SubmissionId = null, bool Reserve = false);

    public sealed record ReleaseBody(string? Reason);

    public sealed record ReceiveBody(int UnitId, int? DocumentId = null, string? Reference = null, int? HandlerUnitId = null, string? HandlerUser = null,
        DateOnly? Deadline = null, DateOnly? ArrivedOn = null, string? StampedNumber = null, string? Note = null);

    public sealed record AssignBody(int? HandlerUnitId, string? HandlerUser, DateOnly? Deadline, int? Version = null);

    public sealed record StateBody(string? State, string? Note = null, int? Version = null);

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
        api.MapIncomingRegister();
    }

    /// <summary>/api/registry/incoming: mirrors <c>registry incoming|receive|assign|handle</c>, and its XLSX (ADR 13).</summary>
    private static void MapIncomingRegister(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/registry/incoming").WithTags("Registry");
        group.MapGet("/", async Task<Ok<ListIncomingRegister.Result>> (int unit, int? year, string? state, bool? subtree, int? page, ListIncomingRegister list,
            UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new ListIncomingRegister.Query(unit, year, IncomingRegister.ParseState(state), subtree ?? false, page ?? 1),
                await scopes.GetAsync(ct), ct)))
            .WithSummary("Sổ văn bản đến của đơn vị trong năm, theo trang / A unit's incoming register for a year, paged (state: to-handle, in-progress, done)");
        group.MapPost("/", async Task<Created<ListIncomingRegister.Row>> (ReceiveBody b, RecordArrival record, UserScopes scopes, CancellationToken ct) =>
        {
            var row = await record.HandleAsync(new RecordArrival.Command(b.Reference, b.UnitId, b.HandlerUnitId, b.HandlerUser, b.Deadline, b.ArrivedOn,
                b.StampedNumber, b.Note, b.DocumentId), await scopes.GetAsync(ct), ct);
            return TypedResults.Created($"/api/registry/incoming?unit={row.UnitId}&year={row.Year}", row);
        }).WithSummary("Vào sổ văn bản đến một văn bản đã lưu / Enter a stored document in a unit's incoming register");
        group.MapPost("/{id:int}/assign", async Task<Ok<ListIncomingRegister.Row>> (int id, AssignBody b, AssignIncoming assign, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await assign.HandleAsync(new AssignIncoming.Command(id, b.HandlerUnitId, b.HandlerUser, b.Deadline, b.Version), await scopes.GetAsync(ct), ct)))
            .WithSummary("Giao xử lý: đơn vị/người xử lý và hạn / Assign the handling unit or person and the deadline");
        group.MapPost("/{id:int}/state", async Task<Ok<ListIncomingRegister.Row>> (int id, StateBody b, ChangeIncomingState change, UserScopes scopes, CancellationToken ct) =>
        {
            var state = IncomingRegister.ParseState(b.State) ?? throw new Core.Common.ValidationFailedException("state",
                new("Thiếu trạng thái.", "The state is required."));
            return TypedResults.Ok(await change.HandleAsync(new ChangeIncomingState.Command(id, state, b.Note, b.Version), await scopes.GetAsync(ct), ct));
        }).WithSummary("Chuyển trạng thái xử lý / Move the handling state");
        group.MapGet("/export", async Task<FileContentHttpResult> (int unit, int? year, ExportIncomingRegister export, UserScopes scopes, CancellationToken ct) =>
        {
            var (name, content) = await export.HandleAsync(new ExportIncomingRegister.Query(unit, year), await scopes.GetAsync(ct), ct);
            return TypedResults.File(content, RegistersApi.Xlsx, name);
        }).WithSummary("Sổ văn bản đến ra XLSX theo mẫu sổ giấy / The incoming register as XLSX in the paper register's layout");
    }
}
