using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HuuNghi.Documents.Writing.Xlsx;
using SsText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace HuuNghi.Documents.Tests.Writing;

/// <summary>Reads a workbook shaped like one a unit fills in by hand, not one this project wrote.</summary>
public class XlsxReadingFindingsTests
{
    [Fact]
    public void Should_report_formulas_merged_cells_and_errors_per_cell_and_still_read_the_rest()
    {
        var read = XlsxWorkbook.Read(HandMadeWorkbook(), headerRows: 2);

        Assert.Equal(["Đơn vị", "Số đoàn", "Ngày"], read.Headers);
        Assert.Equal([3, 4, 5], read.Rows.Select(r => r.RowNumber));
        Assert.Equal(XlsxValue.Text("Xã Hòa An"), read.Rows[0][0]);                       // rich shared string
        Assert.Equal(XlsxValue.Text("Phường Tân Ninh"), read.Rows[1][0]);                 // inline string
        Assert.Equal(XlsxValue.Date(new DateOnly(2024, 1, 5)), read.Rows[0][2]);          // built-in date format 14
        Assert.Equal(XlsxValue.Integer(7), read.Rows[2][1]);                              // cached value of the formula
        Assert.Equal(XlsxValue.Empty, read.Rows[1][1]);                                   // #N/A
        Assert.Collection(read.Findings,
            f => Assert.Equal((3, "B3", XlsxFindingKind.MergedCell), (f.Row, f.Cell, f.Kind)),
            f => Assert.Equal((4, "B4", XlsxFindingKind.ErrorValue), (f.Row, f.Cell, f.Kind)),
            f => Assert.Equal((5, "B5", XlsxFindingKind.Formula), (f.Row, f.Cell, f.Kind)));
        Assert.Contains("SUM(B3:B4)", read.Findings[2].Message);
        Assert.Contains("B3:B4", read.Findings[0].Message);
    }

    [Fact]
    public void Should_fail_clearly_for_a_missing_sheet()
    {
        var error = Assert.Throws<InvalidDataException>(() => XlsxWorkbook.Read(HandMadeWorkbook(), "Không có"));
        Assert.Contains("Không có trang tính", error.Message);
    }

    private static byte[] HandMadeWorkbook()
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new SsText("BÁO CÁO SỐ LIỆU ĐOÀN VÀO")),
                new SharedStringItem(new SsText("Đơn vị")),
                new SharedStringItem(new SsText("Số đoàn")),
                new SharedStringItem(new SsText("Ngày")),
                new SharedStringItem(new Run(new SsText("Xã ") { Space = SpaceProcessingModeValues.Preserve }), new Run(new RunProperties(new Bold()), new SsText("Hòa An"))));
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(new PatternFill())), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(
                new SheetData(
                    new Row(Shared("A1", 0)) { RowIndex = 1 },
                    new Row(Shared("A2", 1), Shared("B2", 2), Shared("C2", 3)) { RowIndex = 2 },
                    new Row(Shared("A3", 4), new Cell { CellReference = "B3", CellValue = new CellValue("3") }, new Cell { CellReference = "C3", StyleIndex = 1, CellValue = new CellValue("45296") }) { RowIndex = 3 },
                    new Row(
                        new Cell { CellReference = "A4", DataType = CellValues.InlineString, InlineString = new InlineString(new SsText("Phường Tân Ninh")) },
                        new Cell { CellReference = "B4", DataType = CellValues.Error, CellValue = new CellValue("#N/A") })
                    { RowIndex = 4 },
                    new Row(Shared("A5", 4), new Cell { CellReference = "B5", CellFormula = new CellFormula("SUM(B3:B4)"), CellValue = new CellValue("7") }) { RowIndex = 5 }),
                new MergeCells(new MergeCell { Reference = "A1:C1" }, new MergeCell { Reference = "B3:B4" }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Số liệu", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }
        return stream.ToArray();
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString()) };
}
