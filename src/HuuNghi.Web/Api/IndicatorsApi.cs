using HuuNghi.Core.Features.Indicators;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HuuNghi.Web.Api;

/// <summary>/api/indicators (contract: <c>[{ code, name, value, unit }]</c>) and /api/alerts.</summary>
public static class IndicatorsApi
{
    public sealed record IndicatorRow(string Code, string Name, decimal Value, string Unit);
    public sealed record AlertRow(string Kind, string Register, int RecordId, int UnitId, string UnitName, string Message, DateOnly? Due);

    public static void MapIndicatorsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/indicators", async Task<Ok<List<IndicatorRow>>> (int unit, DateOnly from, DateOnly to, ComputeIndicators compute, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok((await compute.HandleAsync(new ComputeIndicators.Query(unit, from, to), await scopes.GetAsync(ct), ct))
                .Select(i => new IndicatorRow(i.Code, i.Name.Current, i.Value, i.Unit.Current)).ToList()))
            .WithTags("Indicators").WithSummary("Chỉ tiêu của cây đơn vị trong kỳ / A unit subtree's figures for a period");
        api.MapGet("/alerts", async Task<Ok<List<AlertRow>>> (int? unit, ListAlerts alerts, UserScopes scopes, CancellationToken ct) =>
            TypedResults.Ok((await alerts.HandleAsync(unit, await scopes.GetAsync(ct), ct))
                .Select(a => new AlertRow(a.Kind.ToString(), a.Register, a.RecordId, a.UnitId, a.UnitName, a.Message.Current, a.Due)).ToList()))
            .WithTags("Indicators").WithSummary("Cảnh báo: thỏa thuận sắp hết hạn, giải ngân chậm / Alerts");
    }
}
