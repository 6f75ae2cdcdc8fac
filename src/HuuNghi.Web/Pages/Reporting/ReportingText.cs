using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>How reporting states read on the pages, in the user's language, and the badge colour of each.</summary>
public static class ReportingText
{
    public static string Status(UnitReportStatus s) => s switch
    {
        UnitReportStatus.Missing => Ui.T("Chưa gửi", "Missing"),
        UnitReportStatus.Draft => Ui.T("Đang soạn", "Drafting"),
        UnitReportStatus.Submitted => Ui.T("Đã gửi", "Submitted"),
        UnitReportStatus.Accepted => Ui.T("Đã chấp nhận", "Accepted"),
        UnitReportStatus.Returned => Ui.T("Bị trả lại", "Returned"),
        _ => Ui.T("Ngoại lệ: đơn vị đã kết thúc", "Exception: unit closed"),
    };

    public static string Status(SubmissionStatus? s) => s is { } v ? Status(Enum.Parse<UnitReportStatus>(v.ToString())) : Status(UnitReportStatus.Missing);

    public static string Badge(UnitReportStatus s) => s switch
    {
        UnitReportStatus.Accepted or UnitReportStatus.Submitted => "badge ok",
        UnitReportStatus.Returned or UnitReportStatus.Draft => "badge warn",
        UnitReportStatus.Missing => "badge bad",
        _ => "badge ended",
    };

    public static string Percent(decimal ratio) => ratio.ToString("P0", Ui.IsEnglish ? Localization.English : Localization.Vietnamese);
}
