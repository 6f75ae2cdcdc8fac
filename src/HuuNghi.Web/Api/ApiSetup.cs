using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Json;

namespace HuuNghi.Web.Api;

public static class ApiSetup
{
    public static void AddHuuNghiApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1");
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new DefinedEnumConverter());
        });
        // A body or query value that does not bind throws, so ErrorHandling answers a ProblemDetails naming the
        // field instead of a bare 400 that the status-code pages turn into the HTML error page.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
    }

    /// <summary>
    /// Each file of an upload is refused as soon as it passes the upload limit, while the form is read, instead of
    /// being buffered whole and measured afterwards (the request as a whole may carry several files).
    /// </summary>
    public static RouteHandlerBuilder LimitFileSize(this RouteHandlerBuilder endpoint, IEndpointRouteBuilder routes) =>
        endpoint.WithFormOptions(multipartBodyLengthLimit: routes.ServiceProvider.GetRequiredService<HuuNghiSettings>().MaxUploadBytes);

    /// <summary>Every /api group needs a bearer token (contract: no token → 401), except the token endpoint itself.</summary>
    public static void MapHuuNghiApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapAuthApi();
        var api = app.MapGroup("/api").RequireAuthorization(AuthSetup.ApiPolicy).DisableAntiforgery();
        api.MapOrgUnitsApi();
        api.MapAuditApi();
        api.MapDocumentsApi();
        api.MapDocumentsLintApi();
        api.MapPlansApi();
        api.MapRegistersApi();
        api.MapIndicatorsApi();
        api.MapReportingApi();
        api.MapReportsApi();
        api.MapRegistryApi();
        api.MapUsersApi();
    }
}
