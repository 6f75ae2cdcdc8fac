using HuuNghi.Core.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Infrastructure;

/// <summary>
/// The one place where refusals become HTTP: validation 400, forbidden 403, not found 404, conflict 409.
/// /api gets ProblemDetails in the request's language; pages get the error page with the same message.
/// Anything else is a 500 that is logged, never swallowed.
/// </summary>
public static class ErrorHandling
{
    public static void AddHuuNghiErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<DomainExceptionHandler>();
    }

    public static void UseHuuNghiErrors(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
    }

    public static int StatusOf(Exception exception) => exception switch
    {
        ValidationFailedException => StatusCodes.Status400BadRequest,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException or DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
        UnavailableException => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    private sealed class DomainExceptionHandler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
        {
            // The middleware has already pointed Request.Path at /Error; the feature keeps the original path.
            var path = ctx.Features.Get<IExceptionHandlerFeature>()?.Path ?? ctx.Request.Path.Value ?? "";
            if (!path.StartsWith("/api", StringComparison.OrdinalIgnoreCase)) return false;
            // The handler runs outside the localization middleware, whose culture did not flow back out with
            // the exception; take the request's language again so ?culture=en gets English problems.
            if (ctx.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { } culture)
                System.Globalization.CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
            var status = StatusOf(exception);
            ctx.Response.StatusCode = status;
            ProblemDetails problem = exception is ValidationFailedException v
                ? new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Current).ToArray()))
                : new ProblemDetails();
            problem.Status = status;
            problem.Title = exception is DomainException d ? d.Localized.Current
                : status == 500 ? Ui.T("Lỗi hệ thống, đã được ghi lại.", "Server error; it has been logged.")
                : exception.Message;
            problem.Instance = path;
            // Written directly: the generic problem-details writer declines when the client sent no Accept header.
            await ctx.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", ct);
            return true;
        }
    }
}
