using HuuNghi.Core.Common;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ILogger<ErrorModel> logger) : PageModel
{
    public int Status { get; private set; }
    public string Message { get; private set; } = "";

    public void OnGet(int? code) => Show(code);
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Error;
        Status = error is null ? code ?? 500 : ErrorHandling.StatusOf(error);
        if (Status >= 500 && error is not null) logger.LogError(error, "Unhandled error on {Path}, request {RequestId}", HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path, HttpContext.TraceIdentifier);
        Message = error is DomainException d ? d.Localized.Current : Status switch
        {
            400 => Ui.T("Yêu cầu không hợp lệ.", "The request is not valid."),
            403 => Ui.T("Bạn không có quyền xem trang này.", "You may not see this page."),
            404 => Ui.T("Không tìm thấy trang hoặc dữ liệu.", "The page or record was not found."),
            409 => Ui.T("Dữ liệu đã thay đổi hoặc bị trùng.", "The data changed meanwhile or is a duplicate."),
            413 => Ui.T("Tệp tải lên quá lớn.", "The upload is too large."),
            _ => Ui.T($"Đã có lỗi hệ thống; lỗi đã được ghi lại (mã yêu cầu {HttpContext.TraceIdentifier}).", $"Something went wrong on our side; it has been logged (request {HttpContext.TraceIdentifier})."),
        };
        Response.StatusCode = Status;
    }
}
