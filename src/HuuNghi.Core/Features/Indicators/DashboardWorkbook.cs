using HuuNghi.Core.Features.Home;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>
/// The indicators page as a workbook, one sheet per thing it shows: the indicators beside the same period a year
/// earlier, delegations by month, the sub-units as sorted on the page, and every alert (the page shows the first).
/// </summary>
public static class DashboardWorkbook
{
    public static byte[] Write(string unitName, DateOnly from, DateOnly to, GetDashboard.Dashboard data, IReadOnlyList<ListAlerts.Alert> alerts,
        ListSubUnitComparison.Result comparison, IReadOnlyList<ListSubUnitComparison.Row> rows, bool english)
    {
        string T(string vi, string en) => english ? en : vi;
        string Text(Common.Localized l) => english ? l.En : l.Vi;
        var period = $"{from:dd/MM/yyyy}–{to:dd/MM/yyyy}";
        var before = $"{from.AddYears(-1):dd/MM/yyyy}–{to.AddYears(-1):dd/MM/yyyy}";
        var indicators = new XlsxSheet(T("Chỉ tiêu", "Indicators"),
            [new(T("Mã", "Code"), 30), new(T($"Chỉ tiêu ({unitName})", $"Indicator ({unitName})"), 60), new(period, 18), new(before, 18), new(T("Đơn vị tính", "Unit"), 16)],
            data.Indicators.Select(i => (IReadOnlyList<XlsxValue>)
                [XlsxValue.Text(i.Code), XlsxValue.Text(Text(i.Name)), XlsxValue.Decimal(i.Value), XlsxValue.Decimal(data.Before(i.Code)), XlsxValue.Text(Text(i.Unit))]));
        var months = new XlsxSheet(T("Đoàn theo tháng", "Delegations by month"),
            [new(T("Năm", "Year"), 8), new(T("Tháng", "Month"), 8), new(T("Đoàn vào", "Inbound"), 12), new(T("Đoàn ra", "Outbound"), 12)],
            data.Months.Select(m => (IReadOnlyList<XlsxValue>)
                [XlsxValue.Integer(m.Year), XlsxValue.Integer(m.Month), XlsxValue.Integer(m.Inbound), XlsxValue.Integer(m.Outbound)]));
        var warnings = new XlsxSheet(T("Cảnh báo", "Alerts"),
            [new(T("Loại", "Kind"), 26), new(T("Đơn vị", "Unit"), 44), new(T("Nội dung", "Message"), 90), new(T("Hạn", "Due"), 12)],
            alerts.Select(a => (IReadOnlyList<XlsxValue>)
                [XlsxValue.Text(Kind(a.Kind, english)), XlsxValue.Text(a.UnitName), XlsxValue.Text(Text(a.Message)), XlsxValue.Date(a.Due)]));
        return XlsxWorkbook.Write(indicators, months, ComparisonWorkbook.Sheet(comparison, rows, english), warnings);
    }

    private static string Kind(ListAlerts.AlertKind kind, bool english) => kind switch
    {
        ListAlerts.AlertKind.AgreementExpiring => english ? "Agreement expiring" : "Thỏa thuận sắp hết hạn",
        ListAlerts.AlertKind.DisbursementBehindPlan => english ? "Disbursement behind plan" : "Giải ngân chậm so với kế hoạch",
        _ => english ? "Budget spending lagging" : "Chi ngân sách chậm",
    };
}
