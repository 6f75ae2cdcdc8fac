using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>
/// Reads a sheet with <see cref="OpenXmlReader"/>, one row at a time. Merged ranges are listed after the cells in the
/// file, so merge findings are added once the rows are read.
/// </summary>
internal sealed class XlsxSheetReader(SpreadsheetDocument package)
{
    private readonly List<XlsxFinding> findings = [];

    public XlsxReadResult Read(string? sheetName, int headerRows)
    {
        var workbook = package.WorkbookPart ?? throw new InvalidDataException("Tệp không có sổ tính. / The file holds no workbook.");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = (sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase)))
            ?? throw new InvalidDataException($"Không có trang tính \"{sheetName}\". / No sheet named \"{sheetName}\".");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var cells = new XlsxCellReader(SharedStrings(workbook.SharedStringTablePart), new NumberFormats(workbook.WorkbookStylesPart), findings);

        var headers = new List<string>();
        var rows = new List<XlsxRow>();
        var merges = new List<string>();
        using (var reader = OpenXmlReader.Create(part))
        {
            var lastRow = 0;
            while (reader.Read())
            {
                if (reader.ElementType == typeof(Row) && reader.IsStartElement)
                {
                    var row = (Row)reader.LoadCurrentElement()!;
                    var number = (int?)row.RowIndex?.Value ?? lastRow + 1;
                    lastRow = number;
                    var values = cells.ReadRow(row, number, isData: number > headerRows);
                    if (number == headerRows) headers = values.Select(v => v.ToString()).ToList();
                    else if (number > headerRows && values.Any(v => !v.IsEmpty)) rows.Add(new XlsxRow(number, values));
                }
                else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                {
                    if (((MergeCell)reader.LoadCurrentElement()!).Reference?.Value is { } range) merges.Add(range);
                }
            }
        }
        foreach (var range in merges) ReportMerge(range, headerRows);
        findings.Sort((a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : string.CompareOrdinal(a.Cell, b.Cell));
        return new XlsxReadResult(sheet.Name?.Value ?? "", headers, rows, findings);
    }

    private void ReportMerge(string range, int headerRows)
    {
        var corners = range.Split(':');
        if (corners.Length != 2 || CellReference.Parse(corners[0]) is not { } from || CellReference.Parse(corners[1]) is not { } to) return;
        // A merged title above the header is normal; only merges reaching the data rows make values go missing.
        if (to.Row <= headerRows) return;
        var row = Math.Max(from.Row, headerRows + 1);
        findings.Add(new XlsxFinding(row, corners[0], XlsxFindingKind.MergedCell,
            $"Ô {range} được gộp; chỉ ô {corners[0]} có giá trị, các ô còn lại coi là trống. / Cells {range} are merged; only {corners[0]} holds a value, the others read as empty."));
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null) return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(XlsxCellReader.ItemText((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }
        return strings;
    }
}
