using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Tests.Features.Registers;

/// <summary>Workbooks for the import tests: exports, hand-filled sheets, and sheets spoiled as people spoil them.</summary>
internal static class Workbooks
{
    public static async Task<byte[]> ExportAsync(this TestHost host, string register, bool template = false)
    {
        using var output = new MemoryStream();
        await host.RunAsync<ExportRegister>(e => e.HandleAsync(new ExportRegister.Command(register, template), output, UnitScope.Everything));
        return output.ToArray();
    }

    public static Task<ImportRegister.Result> ImportAsync(this TestHost host, string register, byte[] workbook, UnitScope? scope = null) =>
        host.RunAsync<ImportRegister, ImportRegister.Result>(i =>
            i.HandleAsync(new ImportRegister.Command(register, new MemoryStream(workbook)), scope ?? UnitScope.Everything));

    public static byte[] Sheet(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<XlsxValue>> rows) =>
        XlsxWorkbook.Write(new XlsxSheet("Đoàn vào", headers.Select(h => new XlsxColumn(h)).ToList(), rows));

    public static readonly string[] DelegationHeaders = ["Mã đơn vị", "Ngày bắt đầu", "Tổ chức, đoàn khách", "Quốc gia", "Mục đích", "Số người"];

    public static IReadOnlyList<XlsxValue> DelegationRow(string partner, long people, int day = 5) =>
        [XlsxValue.Text("dt.tm.ubnd"), XlsxValue.Date(new DateOnly(2023, 4, day)), XlsxValue.Text(partner), XlsxValue.Text("Nhật Bản"),
         XlsxValue.Text("Khảo sát dự án"), XlsxValue.Integer(people)];

    /// <summary>
    /// Puts a formula in one cell and merges a range, as a hand-edited workbook would have them (Excel keeps only
    /// the top-left value of a merge, so the other cell is emptied).
    /// </summary>
    public static byte[] Spoil(byte[] workbook, string formulaCell, string mergedRange)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var package = SpreadsheetDocument.Open(stream, true))
        {
            var part = package.WorkbookPart!.WorksheetParts.First();
            var cell = part.Worksheet.Descendants<Cell>().First(c => c.CellReference == formulaCell);
            cell.CellFormula = new CellFormula("2*3");
            cell.CellValue = new CellValue("6");
            cell.DataType = null;
            part.Worksheet.Descendants<Cell>().First(c => c.CellReference == mergedRange.Split(':')[1]).Remove();
            var sheetData = part.Worksheet.GetFirstChild<SheetData>()!;
            sheetData.InsertAfterSelf(new MergeCells(new MergeCell { Reference = mergedRange }));
            part.Worksheet.Save();
        }
        return stream.ToArray();
    }
}
