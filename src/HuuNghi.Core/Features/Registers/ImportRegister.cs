using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Reads a register workbook: a row with a record id updates that record, a row without one adds a record.
/// Each bad row is rejected with its Excel row number and reasons; the good rows are stored together in one
/// transaction. Blank cells never overwrite, so re-importing an export, or a sheet with fewer columns,
/// changes nothing it does not mention. A file too large or not a register is refused whole.
/// </summary>
public sealed class ImportRegister(HuuNghiDbContext db, OrgTreeCache trees)
{
    /// <summary>Larger workbooks are refused whole: one import is one transaction, and a unit's year fits easily.</summary>
    public const int MaxRows = 20_000;

    public sealed record Command(string Register, Stream Workbook);

    public sealed record RejectedRow(int Row, IReadOnlyList<Localized> Errors);

    /// <param name="Stored">Rows accepted (added, updated or already as the sheet says).</param>
    /// <param name="Changed">Records actually added or changed by the import.</param>
    public sealed record Result(int Stored, int Changed, IReadOnlyList<RejectedRow> Rejected);

    public async Task<Result> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(EntryWriter.Editors);
        var register = RegisterCatalog.Get(command.Register);
        var sheet = Read(command.Workbook);
        var check = new Validation();
        var (vi, en) = (CultureInfo.GetCultureInfo("vi-VN"), CultureInfo.InvariantCulture);
        check.Require(sheet.Rows.Count <= MaxRows, "file",
            string.Format(vi, "Sổ tính có {0:#,##0} dòng dữ liệu; mỗi lần nhập tối đa {1:#,##0} dòng. Hãy chia thành nhiều tệp. Chưa dòng nào được lưu.", sheet.Rows.Count, MaxRows),
            string.Format(en, "The workbook has {0:#,##0} data rows; one import takes at most {1:#,##0}. Split it into several files. Nothing was stored.", sheet.Rows.Count, MaxRows));
        var columns = RegisterWorkbook.MapHeaders(register, sheet.Headers, check);
        check.ThrowIfInvalid();

        var tree = await trees.GetAsync(db, ct);
        var unitsByCode = tree.Units.ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var existing = await LoadExistingAsync(register, sheet, columns, ct);
        var findings = sheet.Findings.ToLookup(f => f.Row);
        var writer = new EntryWriter(db, tree, scope);
        var seenIds = new HashSet<int>();
        var rejected = new List<RejectedRow>();
        var stored = 0;
        foreach (var row in sheet.Rows.Where(r => columns.Keys.Any(i => !r[i].IsEmpty)))
        {
            var errors = findings[row.RowNumber].Select(CellError).ToList();
            var values = new Dictionary<string, FieldValues.Parsed>();
            RegisterRecord? record = null;
            int? unitId = null;
            foreach (var (index, name) in columns)
            {
                var cell = row[index];
                if (name == RegisterWorkbook.IdColumn && !cell.IsEmpty)
                {
                    if (cell.Kind != XlsxValueKind.Integer || !existing.TryGetValue((int)cell.NumberValue, out record) || !seenIds.Add(record.Id))
                        errors.Add(new($"Mã bản ghi '{cell}' không có trong sổ hoặc bị lặp.", $"Record id '{cell}' is not in the register or appears twice."));
                }
                else if (name == RegisterWorkbook.UnitCodeColumn && !cell.IsEmpty)
                {
                    if (unitsByCode.TryGetValue(cell.ToString().Trim(), out var id)) unitId = id;
                    else errors.Add(new($"Không có đơn vị mã '{cell}'.", $"There is no unit with code '{cell}'."));
                }
                else if (!name.StartsWith('#')) values[name] = FieldValues.FromCell(register.Field(name)!, cell);
            }
            if (record is not null && !scope.Contains(record.OrgUnitId)) errors.Add(new ForbiddenException().Localized);
            if (errors.Count == 0)
            {
                var result = await writer.ApplyAsync(register, record ?? register.Create(), unitId, values, blankClears: false, ct);
                if (result.HasErrors) errors.AddRange(result.Messages);
            }
            if (errors.Count > 0) rejected.Add(new RejectedRow(row.RowNumber, errors));
            else stored++;
        }
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<RegisterRecord>().Count(e => e.State is EntityState.Added or EntityState.Modified);
        await EditEntry.SaveAsync(db, ct);
        return new Result(stored, changed, rejected);
    }

    private static XlsxReadResult Read(Stream workbook)
    {
        try
        {
            return XlsxWorkbook.Read(workbook);
        }
        catch (Exception e) when (e is InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException or FormatException)
        {
            throw new ValidationFailedException("file", new Localized(
                $"Không đọc được tệp như một sổ tính Excel (.xlsx): {e.Message}", $"The file could not be read as an Excel workbook (.xlsx): {e.Message}"));
        }
    }

    private async Task<Dictionary<int, RegisterRecord>> LoadExistingAsync(Register register, XlsxReadResult sheet,
        Dictionary<int, string> columns, CancellationToken ct)
    {
        var idColumn = columns.FirstOrDefault(c => c.Value == RegisterWorkbook.IdColumn);
        var found = new Dictionary<int, RegisterRecord>();
        if (idColumn.Value is null) return found;
        var ids = sheet.Rows.Select(r => r[idColumn.Key]).Where(c => c.Kind == XlsxValueKind.Integer)
            .Select(c => (int)c.NumberValue).Distinct().ToList();
        foreach (var chunk in ids.Chunk(1000))
            foreach (var record in await register.Query(db).Where(r => chunk.Contains(r.Id)).ToListAsync(ct))
                found[record.Id] = record;
        return found;
    }

    private static Localized CellError(XlsxFinding finding) => finding.Kind switch
    {
        XlsxFindingKind.Formula => new($"Ô {finding.Cell} chứa công thức; hãy dán giá trị thay cho công thức.", $"Cell {finding.Cell} holds a formula; paste the value instead."),
        XlsxFindingKind.MergedCell => new($"Ô {finding.Cell} nằm trong vùng gộp ô; hãy bỏ gộp và điền từng ô.", $"Cell {finding.Cell} is part of merged cells; unmerge them and fill each cell."),
        XlsxFindingKind.ErrorValue => new($"Ô {finding.Cell} chứa lỗi Excel.", $"Cell {finding.Cell} holds an Excel error."),
        _ => new($"Ô {finding.Cell} không đọc được.", $"Cell {finding.Cell} could not be read."),
    };
}
