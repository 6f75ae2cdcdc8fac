using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Features.Home;

/// <summary>The sub-unit comparison as shown, one row per sub-unit and the total, for an annex or a spreadsheet.</summary>
public static class ComparisonWorkbook
{
    public static byte[] Write(ListSubUnitComparison.Result c, IReadOnlyList<ListSubUnitComparison.Row> rows, bool english) =>
        XlsxWorkbook.Write(Sheet(c, rows, english));

    /// <summary>The comparison as one sheet, for a workbook that holds more (the indicators page's export).</summary>
    public static XlsxSheet Sheet(ListSubUnitComparison.Result c, IReadOnlyList<ListSubUnitComparison.Row> rows, bool english)
    {
        string T(string vi, string en) => english ? en : vi;
        string Span(DateOnly from, DateOnly to) => c.IsCalendarYear ? from.Year.ToString() : $"{from:dd/MM/yyyy}–{to:dd/MM/yyyy}";
        var columns = new[]
        {
            new XlsxColumn(T("Đơn vị", "Unit"), 44), new XlsxColumn(T("Phải báo cáo", "Expected reports"), 14), new XlsxColumn(T("Đã gửi", "Submitted"), 12),
            new XlsxColumn(T("Tỷ lệ báo cáo", "Reporting rate"), 14), new XlsxColumn(T("Tỷ lệ đúng hạn", "On-time rate"), 14),
            new XlsxColumn(T("Đoàn vào", "Inbound delegations"), 12), new XlsxColumn(T("Đoàn ra", "Outbound delegations"), 12),
            new XlsxColumn(T("Viện trợ giải ngân (đồng)", "Aid disbursed (VND)"), 22),
            new XlsxColumn(T("Hoạt động với NVNONN", "Overseas Vietnamese activities"), 16), new XlsxColumn(T("Cán bộ được đào tạo", "Officers trained"), 16),
        };
        IReadOnlyList<XlsxValue> Cells(ListSubUnitComparison.Row r, string name) =>
        [
            XlsxValue.Text(name), XlsxValue.Integer(r.Expected), XlsxValue.Integer(r.Submitted), XlsxValue.Decimal(r.Rate), XlsxValue.Decimal(r.OnTimeRate),
            XlsxValue.Integer(r.Inbound), XlsxValue.Integer(r.Outbound), XlsxValue.Money(r.AidDisbursed), XlsxValue.Integer(r.OverseasEvents), XlsxValue.Integer(r.Trained),
        ];
        var body = rows.Select(r => Cells(r, r.Direct ? $"{r.Name} ({T("trực tiếp", "directly")})" : r.Name))
            .Append(Cells(c.Total, $"{T("Tổng", "Total")} {c.UnitName} {Span(c.From, c.To)}"));
        if (c.LastYear is { } last) body = body.Append(Cells(last, $"{T("Tổng", "Total")} {c.UnitName} {Span(c.From.AddYears(-1), c.To.AddYears(-1))}"));
        return new XlsxSheet(T($"So sánh {c.Year}", $"Comparison {c.Year}"), columns, body);
    }
}
