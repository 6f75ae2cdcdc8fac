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
        // /api callers read JSON: a bodiless 4xx there (401, 404, 405…) is a ProblemDetails, not the HTML error page.
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.Use(async (ctx, next) =>
        {
            if (!IsApi(ctx.Request.Path)) { await next(ctx); return; }
            if (ctx.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            await next(ctx);
            if (ctx.Response.StatusCode >= 400 && !ctx.Response.HasStarted && ctx.Response.ContentLength is null && string.IsNullOrEmpty(ctx.Response.ContentType))
                await WriteStatusProblemAsync(ctx);
        });
    }

    private static async Task WriteStatusProblemAsync(HttpContext ctx)
    {
        UseRequestLanguage(ctx);
        var code = ctx.Response.StatusCode;
        var problem = new ProblemDetails
        {
            Status = code,
            Instance = ctx.Request.Path,
            Title = code switch
            {
                401 => Ui.T("Cần đăng nhập (mã truy cập Bearer).", "Sign-in required (a Bearer token)."),
                403 => Ui.T("Bạn không có quyền với dữ liệu này.", "You have no access to this data."),
                404 => Ui.T("Không tìm thấy.", "Not found."),
                405 => Ui.T("Phương thức không được hỗ trợ.", "Method not allowed."),
                413 => Ui.T("Tệp tải lên quá lớn.", "The upload is too large."),
                _ => Ui.T("Yêu cầu không hợp lệ.", "The request is not valid."),
            },
        };
        problem.Extensions["requestId"] = ctx.TraceIdentifier;
        await ctx.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    // The error middleware runs outside the localization middleware, whose culture did not flow back out;
    // take the request's language again so ?culture=en gets English problems.
    private static void UseRequestLanguage(HttpContext ctx)
    {
        if (ctx.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { } culture)
            System.Globalization.CultureInfo.CurrentUICulture = culture.RequestCulture.UICulture;
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

    private sealed class DomainExceptionHandler(ILogger<DomainExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext ctx, Exception exception, CancellationToken ct)
        {
            // The middleware has already pointed Request.Path at /Error; the feature keeps the original path.
            var path = ctx.Features.Get<IExceptionHandlerFeature>()?.Path ?? ctx.Request.Path.Value ?? "";
            if (!path.StartsWith("/api", StringComparison.OrdinalIgnoreCase)) return false;
            UseRequestLanguage(ctx);
            var status = StatusOf(exception);
            ctx.Response.StatusCode = status;
            // A body the binder could not read becomes a field error like a handler's (ThrowOnBadRequest, ApiSetup).
            if (exception is BadHttpRequestException bad) exception = BindingErrors.ToValidation(bad, ctx.RequestServices.GetRequiredService<HuuNghiSettings>().MaxUploadBytes);
            // .NET 10 leaves a handled exception unlogged: a 5xx is logged here, by request id and never with the body.
            if (status >= 500)
                logger.LogError(exception, "Error {Status} on {Method} {Path}, request {RequestId}", status, ctx.Request.Method, path, ctx.TraceIdentifier);
            ProblemDetails problem = exception is ValidationFailedException v
                ? new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.Current).ToArray()))
                : new ProblemDetails();
            problem.Status = status;
            problem.Title = exception is DomainException d ? d.Localized.Current
                : status == 500 ? Ui.T($"Lỗi hệ thống, đã được ghi lại (mã yêu cầu {ctx.TraceIdentifier}).", $"Server error; it has been logged (request {ctx.TraceIdentifier}).")
                : exception.Message;
            problem.Instance = path;
            problem.Extensions["requestId"] = ctx.TraceIdentifier;
            // Written directly: the generic problem-details writer declines when the client sent no Accept header.
            await ctx.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", ct);
            return true;
        }
    }
}
