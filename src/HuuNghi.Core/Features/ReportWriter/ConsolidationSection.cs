using System.Globalization;
using HuuNghi.Documents.Writing.Docx;
using static HuuNghi.Core.Features.ReportWriter.ReportNumbers;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>The parts only a consolidated report has: the table of figures by unit and the units still missing.</summary>
internal static class ConsolidationSection
{
    /// <summary>One sentence in the results pointing at the annex, as consolidated reports do.</summary>
    public static IEnumerable<DocumentBlock> AnnexPointer(ConsolidationPart c)
    {
        if (c.Rows.Count == 0 || c.Codes.Count == 0) yield break;
        yield return new Paragraph($"Số liệu tổng hợp của {Count(c.Rows.Count)} đơn vị đã báo cáo theo từng chỉ tiêu tại Phụ lục kèm theo.");
    }

    /// <summary>The figures by unit with a total row; landscape once the columns no longer fit a portrait page.</summary>
    public static Annex? Annex(ReportContent report, ConsolidationPart c)
    {
        if (c.Rows.Count == 0 || c.Codes.Count == 0) return null;
        var names = report.Figures.ToDictionary(f => f.Code, f => $"{f.Name} ({f.Unit})");
        var headers = new List<string> { "TT", "Đơn vị" };
        headers.AddRange(c.Codes.Select(code => names.GetValueOrDefault(code, code)));
        var rows = c.Rows.Select((r, i) =>
        {
            var row = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), r.Unit };
            // A figure the unit did not report stays blank: an empty cell is "not reported", never zero.
            row.AddRange(c.Codes.Select(code => r.Values.TryGetValue(code, out var v) ? Figure(v) : ""));
            return (IReadOnlyList<string>)row;
        }).ToList();
        var total = new List<string> { "", "Tổng cộng" };
        total.AddRange(c.Codes.Select(code =>
        {
            var reported = c.Rows.Where(r => r.Values.ContainsKey(code)).ToList();
            return reported.Count == 0 ? "" : Figure(reported.Sum(r => r.Values[code]));
        }));
        rows.Add(total);
        var weights = new List<double> { 0.6, 3.2 };
        weights.AddRange(c.Codes.Select(_ => 1.6));
        var h = report.Letterhead;
        var number = h.Number?.ToString(CultureInfo.InvariantCulture) ?? "      ";
        var date = h.Date is { } d ? $"ngày {d:dd/MM/yyyy}" : $"ngày     tháng     năm {h.DraftYear}";
        return new Annex($"Số liệu tổng hợp {report.PeriodLabel.ToLowerInvariant()}",
            $"(Kèm theo Báo cáo số {number}/{h.Symbol} {date} của {report.IssuerName ?? report.UnitName})",
            [new TableBlock(headers, rows, weights), new Paragraph([new TextRun("Ô để trống: đơn vị không báo cáo chỉ tiêu đó.", Italic: true)])],
            c.Codes.Count > 4 ? PageOrientation.Landscape : PageOrientation.Portrait);
    }

    public static IEnumerable<DocumentBlock> NotReported(ConsolidationPart c)
    {
        if (c.NotReported.Count == 0)
        {
            yield return new Paragraph($"Tất cả {Count(c.Expected)} đơn vị phải báo cáo đã gửi báo cáo.");
            yield break;
        }
        yield return new Paragraph([new TextRun($"Đến thời điểm tổng hợp, còn {Count(c.NotReported.Count)} đơn vị chưa gửi báo cáo:", Bold: true)]);
        foreach (var unit in c.NotReported) yield return new Bullet(unit + ";");
    }
}
