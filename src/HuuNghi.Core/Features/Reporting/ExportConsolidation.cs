using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>The consolidation as a workbook: a sheet of units × status and figures, and a sheet of totals.</summary>
public sealed class ExportConsolidation(GetConsolidation consolidation)
{
    public async Task<byte[]> HandleAsync(int requestId, int? subtreeRootId, UnitScope scope, CancellationToken ct = default)
    {
        var c = await consolidation.HandleAsync(requestId, subtreeRootId, scope, ct);
        var unitColumns = new List<XlsxColumn> { new("Đơn vị", 45), new("Trạng thái", 16), new("Thời điểm gửi", 18), new("Đúng hạn", 10) };
        unitColumns.AddRange(c.Codes.Select(code => new XlsxColumn(code, 14)));
        var unitRows = c.Request.Rates.Units.Select(u =>
        {
            var row = new List<XlsxValue>
            {
                XlsxValue.Text(u.Name), XlsxValue.Text(StatusName(u.Status)),
                XlsxValue.Text(u.SubmittedAt is { } at ? (at + ReportRequest.VietnamOffset).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) : null),
                u.SubmittedAt is null ? XlsxValue.Empty : XlsxValue.Boolean(u.OnTime),
            };
            var figures = c.FiguresByUnit.GetValueOrDefault(u.OrgUnitId);
            row.AddRange(c.Codes.Select(code => figures?.TryGetValue(code, out var v) == true ? XlsxValue.Decimal(v) : XlsxValue.Empty));
            return (IReadOnlyList<XlsxValue>)row;
        });
        var r = c.Request.Rates;
        var totals = new List<IReadOnlyList<XlsxValue>>
        {
            new[] { XlsxValue.Text("Số đơn vị phải báo cáo"), XlsxValue.Integer(r.Expected) },
            new[] { XlsxValue.Text("Số đơn vị đã gửi"), XlsxValue.Integer(r.Submitted) },
            new[] { XlsxValue.Text("Số đơn vị gửi đúng hạn"), XlsxValue.Integer(r.OnTime) },
            new[] { XlsxValue.Text("Tỷ lệ báo cáo"), XlsxValue.Decimal(r.Rate) },
            new[] { XlsxValue.Text("Tỷ lệ đúng hạn"), XlsxValue.Decimal(r.OnTimeRate) },
        };
        totals.AddRange(c.Totals.Select(t => (IReadOnlyList<XlsxValue>)[XlsxValue.Text(t.Code), XlsxValue.Decimal(t.Value)]));
        return XlsxWorkbook.Write(
            new XlsxSheet("Tình hình báo cáo", unitColumns, unitRows),
            new XlsxSheet("Tổng hợp", [new XlsxColumn("Chỉ tiêu", 40), new XlsxColumn("Giá trị", 16)], totals));
    }

    public static string StatusName(UnitReportStatus status) => status switch
    {
        UnitReportStatus.Missing => "Chưa gửi",
        UnitReportStatus.Draft => "Đang soạn",
        UnitReportStatus.Submitted => "Đã gửi",
        UnitReportStatus.Accepted => "Đã chấp nhận",
        UnitReportStatus.Returned => "Bị trả lại",
        _ => "Ngoại lệ (đã giải thể)",
    };
}
