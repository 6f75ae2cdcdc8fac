using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// The year's incoming register as a workbook in the columns of the paper book (sổ đăng ký văn bản đến, Decree 30
/// appendix): arrival number and day, author, number and symbol, date, kind and summary, receiving unit or person,
/// a blank "Ký nhận" for the paper signature, and a remark (the stamped number when it differs, state, deadline).
/// </summary>
public sealed class ExportIncomingRegister(HuuNghiDbContext db)
{
    public sealed record Query(int UnitId, int? Year = null);

    public static readonly XlsxColumn[] Columns =
    [
        new("Số đến", 8), new("Ngày đến", 12), new("Tác giả", 30), new("Số, ký hiệu", 18), new("Ngày tháng", 12),
        new("Tên loại và trích yếu nội dung", 60), new("Đơn vị hoặc người nhận", 28), new("Ký nhận", 14), new("Ghi chú", 36),
    ];

    public async Task<(string FileName, byte[] Content)> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == query.UnitId).Select(u => new { u.Id, u.Code }).FirstOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException(new($"Không có đơn vị mã {query.UnitId}.", $"There is no unit {query.UnitId}."));
        scope.Demand(unit.Id);
        var year = query.Year ?? ReportRequest.Today(db.Clock).Year;
        // A year of one unit's arrivals is a few thousand lines at most: read whole, in number order.
        var lines = await ListIncomingRegister.Project(db, db.IncomingEntries.AsNoTracking().Where(e => e.OrgUnitId == unit.Id && e.Year == year)
            .OrderBy(e => e.Number)).ToListAsync(ct);
        var sheet = new XlsxSheet($"Sổ văn bản đến {year}", Columns, lines.Select(RowOf));
        return ($"so-van-ban-den-{unit.Code}-{year}.xlsx", XlsxWorkbook.Write(sheet));
    }

    private static IReadOnlyList<XlsxValue> RowOf(ListIncomingRegister.Row r) =>
    [
        XlsxValue.Integer(r.Number), XlsxValue.Date(r.ArrivedOn), XlsxValue.Text(r.Issuer), XlsxValue.Text(r.Reference),
        IncomingRegister.DayOf(r.IssuedOn) is { } day ? XlsxValue.Date(day) : XlsxValue.Text(r.IssuedOn),
        XlsxValue.Text(string.Join(" ", new[] { ReportWriter.ReportSources.KindName(r.Kind), r.Title }.Where(s => !string.IsNullOrWhiteSpace(s)))),
        XlsxValue.Text(string.Join("; ", new[] { r.HandlerUnit, r.HandlerUser }.Where(s => s is not null))),
        XlsxValue.Text(null),
        XlsxValue.Text(Remark(r)),
    ];

    private static string? Remark(ListIncomingRegister.Row r)
    {
        var parts = new List<string>();
        if (r.StampedNumber is { } s && s != r.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)) parts.Add($"Số trên dấu đến: {s}");
        parts.Add(IncomingRegister.StateName(r.State).Vi);
        if (r.Deadline is { } d) parts.Add($"hạn xử lý {d:dd/MM/yyyy}");
        if (r.Note is { } n) parts.Add(n);
        return string.Join("; ", parts);
    }
}
