using HuuNghi.Core.Features.Audit;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

public static class AuditApi
{
    // The original parameters keep their meaning; unit, person, action, text and oldest were added later, all optional.
    public static void MapAuditApi(this RouteGroupBuilder api) =>
        api.MapGet("/audit", async Task<Ok<ListAudit.Result>> (string? entityType, string? entityId, string? userName,
                DateOnly? from, DateOnly? to, int? page, int? pageSize, int? unitId, string? person, string? action, string? text, bool? oldest,
                ListAudit list, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok(await list.HandleAsync(new ListAudit.Query(entityType, entityId, userName, from, to, page ?? 1, pageSize ?? 50,
                unitId, person, action, text, oldest ?? false), await scopes.GetAsync(ct), ct)))
            .WithTags("Audit")
            .WithSummary("Nhật ký thay đổi / The audit trail");
}
