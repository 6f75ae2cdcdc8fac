using HuuNghi.Core.Features.Plans;
using HuuNghi.Documents.Writing.Xlsx;
using static HuuNghi.Documents.Writing.Xlsx.XlsxValue;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The report's statistics annex as a workbook: the figures, then one sheet per list the footnotes summarise, and for a
/// consolidated report the units × figures table and the units that did not report. Blank cells mean "not recorded".
/// </summary>
internal static class ReportWorkbook
{
    public static byte[] Write(ReportContent report)
    {
        var f = report.Facts;
        var sheets = new List<XlsxSheet>
        {
            new("Số liệu", [new("TT", 6), new("Chỉ tiêu", 48), new("Mã chỉ tiêu", 28), new("Đơn vị tính", 12), new("Số liệu", 16)],
                report.Figures.Select((x, i) => Row(Integer(i + 1), Text(x.Name), Text(x.Code), Text(x.Unit), Decimal(x.Value)))),
        };
        if (report.Consolidation is { } c)
        {
            var columns = new List<XlsxColumn> { new("TT", 6), new("Đơn vị", 45) };
            var names = report.Figures.ToDictionary(x => x.Code, x => x.Name);
            columns.AddRange(c.Codes.Select(code => new XlsxColumn(names.GetValueOrDefault(code, code), 18)));
            var rows = c.Rows.Select((r, i) =>
            {
                var row = new List<XlsxValue> { Integer(i + 1), Text(r.Unit) };
                row.AddRange(c.Codes.Select(code => r.Values.TryGetValue(code, out var v) ? Decimal(v) : Empty));
                return (IReadOnlyList<XlsxValue>)row;
            }).ToList();
            var total = new List<XlsxValue> { Empty, Text("Tổng cộng") };
            total.AddRange(c.Codes.Select(code => c.Rows.Any(r => r.Values.ContainsKey(code))
                ? Decimal(c.Rows.Sum(r => r.Values.GetValueOrDefault(code))) : Empty));
            rows.Add(total);
            sheets.Add(new XlsxSheet("Theo đơn vị", columns, rows));
            sheets.Add(new XlsxSheet("Chưa báo cáo", [new("TT", 6), new("Đơn vị", 60)], c.NotReported.Select((u, i) => Row(Integer(i + 1), Text(u)))));
        }
        sheets.Add(new("Đoàn vào", [new("Tổ chức, đoàn khách", 45), new("Quốc gia", 8), new("Số lượt", 10), new("Số người", 10), new("Lĩnh vực", 28), new("Đơn vị ghi nhận", 40)],
            f.Visits.Select(v => Row(Text(v.Partner), Text(v.Country), Integer(v.Visits), Integer(v.People), Text(v.Field), Text(v.Unit)))));
        sheets.Add(new("Đoàn ra", [new("Ngày", 12), new("Đối tác, nơi đến", 45), new("Quốc gia", 8), new("Số người", 10), new("Mục đích", 45), new("Đơn vị ghi nhận", 40)],
            f.Outbound.Select(o => Row(Date(o.Date), Text(o.Partner), Text(o.Country), Integer(o.People), Text(o.Purpose), Text(o.Unit)))));
        sheets.Add(new("Dự án viện trợ", [new("Dự án", 60), new("Nhà tài trợ", 36), new("Quốc gia", 8), new("Vốn cam kết (đồng)", 20), new("Lĩnh vực", 24), new("Đơn vị ghi nhận", 40)],
            f.Projects.Select(p => Row(Text(p.Title), Text(p.Donor), Text(p.Country), Money(p.CommitmentVnd), Text(p.Field), Text(p.Unit)))));
        sheets.Add(new("Công dân ở nước ngoài", [new("Quốc gia", 24), new("Lao động", 12), new("Học tập", 12), new("Đơn vị ghi nhận", 40)],
            f.CitizensAbroad.Select(x => Row(Text(x.CountryName), Integer(x.Work), Integer(x.Study), Text(x.Unit)))));
        sheets.Add(new("Nhiệm vụ", [new("Kế hoạch", 24), new("Mục", 8), new("Nhiệm vụ", 70), new("Hạn", 12), new("Tình trạng", 16), new("Đơn vị chủ trì", 40)],
            f.Tasks.Select(t => Row(Text(t.Plan), Text(t.Ref), Text(t.Title), Date(t.Due), Text(StatusName(t.Status)), Text(t.Unit)))));
        return XlsxWorkbook.Write(sheets);
    }

    private static IReadOnlyList<XlsxValue> Row(params XlsxValue[] cells) => cells;

    private static string StatusName(WorkStatus status) => status switch
    {
        WorkStatus.Done => "Hoàn thành",
        WorkStatus.InProgress => "Đang thực hiện",
        WorkStatus.Overdue => "Quá hạn",
        _ => "Chưa triển khai",
    };
}
