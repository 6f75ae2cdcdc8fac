using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Documents.Tests.Writing;

public class XlsxWorkbookTests
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Tên tổ chức", 40), new("Số người", 10), new("Tỷ lệ", 10), new("Giá trị", 20), new("Ngày đến", 12), new("Thẩm định an ninh", 12),
    ];

    private static readonly XlsxValue[][] Rows =
    [
        [XlsxValue.Text("Quỹ Hòa bình Hàn – Việt"), XlsxValue.Integer(7136), XlsxValue.Decimal(12.75m), XlsxValue.Money(115_000_000m), XlsxValue.Date(new DateOnly(2024, 1, 5)), XlsxValue.Boolean(true)],
        [XlsxValue.Text("  khoảng trắng giữ nguyên  "), XlsxValue.Integer(-3), XlsxValue.Decimal(2m), XlsxValue.Money(0.5m), XlsxValue.Date(new DateOnly(1999, 12, 31)), XlsxValue.Boolean(false)],
        [XlsxValue.Text("Quỹ Hòa bình Hàn – Việt"), XlsxValue.Empty, XlsxValue.Decimal(0.000001m), XlsxValue.Empty, XlsxValue.Date(new DateOnly(2026, 3, 31)), XlsxValue.Empty],
        [XlsxValue.Text("ព្រះរាជាណាចក្រកម្ពុជា 🇰🇭"), XlsxValue.Integer(long.MaxValue), XlsxValue.Decimal(-1234567.891m), XlsxValue.Money(1_000_000_000_000m), XlsxValue.Date(new DateOnly(2025, 7, 1)), XlsxValue.Boolean(true)],
    ];

    [Fact]
    public void Should_round_trip_every_cell_type()
    {
        var bytes = XlsxWorkbook.Write(new XlsxSheet("Đoàn vào", Columns, Rows));

        var read = XlsxWorkbook.Read(bytes);

        Assert.Equal("Đoàn vào", read.SheetName);
        Assert.Equal(Columns.Select(c => c.Header), read.Headers);
        Assert.Empty(read.Findings);
        Assert.Equal([2, 3, 4, 5], read.Rows.Select(r => r.RowNumber));
        for (var r = 0; r < Rows.Length; r++)
        {
            for (var c = 0; c < Columns.Length; c++) Assert.Equal(Rows[r][c], read.Rows[r][c]);
        }
        Assert.Equal("115.000.000 đồng", read.Rows[0][3].ToString());
        Assert.Equal("05/01/2024", read.Rows[0][4].ToString());
    }

    [Fact]
    public void Should_write_a_valid_workbook_with_a_bold_frozen_header_dates_and_widths()
    {
        var bytes = XlsxWorkbook.Write(new XlsxSheet("Sheet", Columns, Rows));
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(package).Select(e => e.Description));
        var sheet = package.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal(40, sheet.Descendants<Column>().First().Width!.Value);
        var styles = package.WorkbookPart.WorkbookStylesPart!.Stylesheet!;
        var headerStyle = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)sheet.Descendants<Cell>().First().StyleIndex!.Value);
        Assert.NotNull(styles.Fonts!.Elements<Font>().ElementAt((int)headerStyle.FontId!.Value).Bold);
        var dateCell = sheet.Descendants<Cell>().Single(c => c.CellReference == "E2");
        Assert.Equal("45296", dateCell.CellValue!.Text);
        var dateFormat = styles.CellFormats.Elements<CellFormat>().ElementAt((int)dateCell.StyleIndex!.Value).NumberFormatId!.Value;
        Assert.Equal("dd/mm/yyyy", styles.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId! == dateFormat).FormatCode!.Value);
    }

    [Fact]
    public void Should_write_and_read_50000_rows()
    {
        var rows = Enumerable.Range(1, 50_000).Select(i => (IReadOnlyList<XlsxValue>)
        [
            XlsxValue.Text($"Đoàn {i % 300}"), XlsxValue.Integer(i), XlsxValue.Decimal(i / 4m), XlsxValue.Money(i * 1000m),
            XlsxValue.Date(new DateOnly(2020, 1, 1).AddDays(i % 3000)), XlsxValue.Boolean(i % 2 == 0),
        ]);
        using var stream = new MemoryStream();
        XlsxWorkbook.Write(stream, new XlsxSheet("Lớn", Columns, rows));
        stream.Position = 0;

        var read = XlsxWorkbook.Read(stream);

        Assert.Equal(50_000, read.Rows.Count);
        Assert.Equal(50_001, read.Rows[^1].RowNumber);
        Assert.Equal(XlsxValue.Integer(50_000), read.Rows[^1][1]);
        Assert.Equal(XlsxValue.Decimal(12_500m), read.Rows[^1][2]);
        Assert.Equal(XlsxValue.Date(new DateOnly(2020, 1, 1).AddDays(50_000 % 3000)), read.Rows[^1][4]);
        Assert.Empty(read.Findings);
    }

    [Fact]
    public void Should_make_sheet_names_Excel_accepts()
    {
        var bytes = XlsxWorkbook.Write(
            new XlsxSheet("Phụ lục 1: Đoàn vào/đoàn ra [2024] theo từng đơn vị cấp xã", Columns, []),
            new XlsxSheet("Phụ lục 1: Đoàn vào/đoàn ra [2024] theo từng đơn vị cấp xã", Columns, []));
        using var package = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var names = package.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['/', '[', ']', ':']) < 0, n));
        Assert.Equal(2, names.Distinct().Count());
        Assert.Empty(XlsxWorkbook.Read(bytes, names[1]).Rows);
    }

    [Theory]
    [InlineData("dd/mm/yyyy", XlsxValueKind.Date)]
    [InlineData("[$-42A]d mmmm yyyy", XlsxValueKind.Date)]
    [InlineData("#,##0\" đồng\"", XlsxValueKind.Money)]
    [InlineData("#,##0 [$₫-42A]", XlsxValueKind.Money)]
    [InlineData("#,##0.000", XlsxValueKind.Decimal)]
    [InlineData("0", XlsxValueKind.Integer)]
    [InlineData("\"Số \"0", XlsxValueKind.Integer)]
    [InlineData("General", null)]
    public void Should_tell_number_formats_apart(string code, XlsxValueKind? expected) =>
        Assert.Equal(expected, NumberFormats.ClassifyCode(code));
}
