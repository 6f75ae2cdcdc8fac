using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// The year's register as a workbook in the columns of the paper book (sổ đăng ký văn bản đi): number and symbol, date,
/// kind and summary, signer, recipients, unit keeping the file copy, copies, and a remark for reserved or cancelled numbers.
/// A year of one unit's register is a few thousand lines at most, so it is read whole, in number order.
/// </summary>
public sealed class ExportOutgoingRegister(HuuNghiDbContext db)
{
    public sealed record Query(int UnitId, int? Year = null, string? Register = null);

    public static readonly XlsxColumn[] Columns =
    [
        new("Số, ký hiệu văn bản", 18), new("Ngày tháng văn bản", 14), new("Tên loại và trích yếu nội dung văn bản", 60), new("Người ký", 22),
        new("Nơi nhận văn bản", 40), new("Đơn vị, người nhận bản lưu", 22), new("Số lượng bản", 10), new("Ghi chú", 30),
    ];

    public async Task<(string FileName, byte[] Content)> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == query.UnitId).Select(u => new { u.Id, u.Code }).FirstOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException(new($"Không có đơn vị mã {query.UnitId}.", $"There is no unit {query.UnitId}."));
        scope.Demand(unit.Id);
        var year = query.Year ?? ReportRequest.Today(db.Clock).Year;
        var register = OutgoingRegister.CheckRegister(query.Register);
        var lines = db.Set<OutgoingEntry>().AsNoTracking()
            .Where(e => e.OrgUnitId == unit.Id && e.Register == register && e.Year == year).OrderBy(e => e.Number).ToListAsync(ct);
        var sheet = new XlsxSheet($"Sổ văn bản đi {year}", Columns, (await lines).Select(RowOf));
        return ($"so-van-ban-di-{unit.Code}-{register}-{year}.xlsx", XlsxWorkbook.Write(sheet));
    }

    private static IReadOnlyList<XlsxValue> RowOf(OutgoingEntry e) =>
    [
        XlsxValue.Text(e.Reference), XlsxValue.Date(e.IssuedOn),
        XlsxValue.Text(string.Join(" ", new[] { e.KindName, e.Title }.Where(s => !string.IsNullOrWhiteSpace(s)))),
        XlsxValue.Text(e.Signer), XlsxValue.Text(e.Distribution), XlsxValue.Text(e.KeptBy), XlsxValue.Integer(e.Copies),
        XlsxValue.Text(e.State switch
        {
            OutgoingState.Reserved => "Số giữ chỗ, chưa ban hành",
            OutgoingState.Cancelled => "Đã hủy: " + e.CancelReason,
            _ => null,
        }),
    ];
}
