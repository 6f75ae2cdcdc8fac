using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/orgunits: the tree as of a day, one unit's history, and the audited restructuring commands.</summary>
public static class OrgUnitsApi
{
    /// <summary><see cref="IdentifierCode"/> left out keeps the unit's code; "" clears it.</summary>
    public sealed record EditBody(string Name, string? ShortName, int Version, DateOnly? RenamedOn, string? IdentifierCode = null);
    public sealed record MoveBody(int ParentId, DateOnly From, string? LegalBasis);
    public sealed record MergeBody(IReadOnlyList<int> SourceIds, int TargetId, DateOnly Date, string? LegalBasis, string? Note);
    public sealed record DissolveBody(DateOnly Date, string? LegalBasis, string? Note);

    public static void MapOrgUnitsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orgunits").WithTags("OrgUnits");
        group.MapGet("/", async Task<Ok<IReadOnlyList<ListOrgUnits.Row>>> (DateOnly? asOf, ListOrgUnits list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(asOf, await scopes.GetAsync(ct), ct)))
            .WithSummary("Cây tổ chức tại một ngày / The tree as of a day");
        // The unit picker and the lazily opened tree: a page never carries the whole country.
        group.MapGet("/search", async Task<Ok<SearchOrgUnits.Result>> (string? q, DateOnly? asOf, int? limit, SearchOrgUnits search, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await search.HandleAsync(q, asOf, limit, await scopes.GetAsync(ct), ct)))
            .WithSummary("Tìm đơn vị theo tên hoặc mã / Find units by name or code");
        group.MapGet("/{id:int}/children", async Task<Ok<IReadOnlyList<BrowseOrgUnits.Row>>> (int id, DateOnly? asOf, BrowseOrgUnits browse, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await browse.HandleAsync(id, asOf, await scopes.GetAsync(ct), ct)))
            .WithSummary("Các đơn vị trực thuộc tại một ngày / The units directly under one, as of a day");
        group.MapGet("/{id:int}", async Task<Ok<GetOrgUnit.Details>> (int id, GetOrgUnit get, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await get.HandleAsync(id, await scopes.GetAsync(ct), ct)));
        group.MapPut("/{id:int}", async Task<NoContent> (int id, EditBody body, EditOrgUnit edit, UserScopes scopes, CancellationToken ct) =>
        {
            await edit.HandleAsync(new EditOrgUnit.Command(id, body.Name, body.ShortName, body.Version, body.RenamedOn, body.IdentifierCode), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/{id:int}/move", async Task<NoContent> (int id, MoveBody body, MoveOrgUnit move, UserScopes scopes, CancellationToken ct) =>
        {
            await move.HandleAsync(new MoveOrgUnit.Command(id, body.ParentId, body.From, body.LegalBasis), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/merge", async Task<NoContent> (MergeBody body, MergeOrgUnits merge, UserScopes scopes, CancellationToken ct) =>
        {
            await merge.HandleAsync(new MergeOrgUnits.Command(body.SourceIds, body.TargetId, body.Date, body.LegalBasis, body.Note), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/{id:int}/dissolve", async Task<NoContent> (int id, DissolveBody body, DissolveOrgUnit dissolve, UserScopes scopes, CancellationToken ct) =>
        {
            await dissolve.HandleAsync(new DissolveOrgUnit.Command(id, body.Date, body.LegalBasis, body.Note), await scopes.GetAsync(ct), ct);
            return TypedResults.NoContent();
        });
    }
}
