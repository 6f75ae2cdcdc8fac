using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Writes a register (the rows the reader may see) as a workbook that <see cref="ImportRegister"/> takes back
/// unchanged; with <c>template</c>, only the header row, for units that start from an empty sheet.
/// Rows stream from the database into the workbook rather than being loaded as a list first.
/// </summary>
public sealed class ExportRegister(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Command(string Register, bool Template = false);

    public async Task HandleAsync(Command command, Stream output, UnitScope scope, CancellationToken ct = default)
    {
        var register = RegisterCatalog.Get(command.Register);
        var tree = await trees.GetAsync(db, ct);
        var headers = RegisterWorkbook.Headers(register);
        var columns = headers.Select((h, i) => new XlsxColumn(h, i == 2 ? 40 : Math.Max(12, Math.Min(40, h.Length + 4)))).ToList();
        IEnumerable<IReadOnlyList<XlsxValue>> rows = [];
        if (!command.Template)
        {
            var query = register.Query(db).AsNoTracking();
            if (!scope.All)
            {
                var units = scope.UnitIds.ToList();
                query = query.Where(r => units.Contains(r.OrgUnitId));
            }
            rows = query.OrderBy(r => r.Id).AsEnumerable().Select(r => Row(register, tree, r));
        }
        var sheet = new XlsxSheet(register.Title.Vi, columns, rows);
        if (output.CanSeek)
        {
            XlsxWorkbook.Write(output, sheet);
            return;
        }
        // The OpenXML package needs a seekable stream; an HTTP response is not one.
        await using var buffer = new MemoryStream();
        XlsxWorkbook.Write(buffer, sheet);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static IReadOnlyList<XlsxValue> Row(Register register, OrgTree tree, RegisterRecord record) =>
    [
        XlsxValue.Integer(record.Id),
        XlsxValue.Text(tree.Find(record.OrgUnitId)?.Code),
        XlsxValue.Text(tree.NameOn(record.OrgUnitId, record.Date)),
        .. register.Fields.Select(f => FieldValues.ToCell(f, f.Get(record))),
    ];
}
