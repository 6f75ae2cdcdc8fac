using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>
/// Streams one sheet with <see cref="OpenXmlWriter"/> so 50,000-row registers never sit in memory as a DOM. Text goes
/// to the shared-string table (register columns repeat countries and units), which the caller writes at the end.
/// </summary>
internal sealed class XlsxSheetWriter(Dictionary<string, int> sharedStrings)
{
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public void Write(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(FrozenHeaderView());
        if (sheet.Columns.Count > 0)
        {
            writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = c.Width,
                CustomWidth = true,
            })));
        }
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Columns.Select(c => XlsxValue.Text(c.Header)).ToList(), header: true);
        var rowNumber = 1;
        foreach (var row in sheet.Rows) WriteRow(writer, ++rowNumber, row, header: false);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static SheetViews FrozenHeaderView() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private void WriteRow(OpenXmlWriter writer, int rowNumber, IReadOnlyList<XlsxValue> values, bool header)
    {
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", rowNumber.ToString(CultureInfo.InvariantCulture))]);
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value.IsEmpty) continue;
            var cell = new Cell { CellReference = CellReference.Of(i + 1, rowNumber) };
            var style = header ? XlsxStyles.Header : XlsxStyles.For(value.Kind);
            if (style != XlsxStyles.Default) cell.StyleIndex = style;
            Fill(cell, value);
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private void Fill(Cell cell, XlsxValue value)
    {
        switch (value.Kind)
        {
            case XlsxValueKind.Text:
                var text = XmlSafe(value.TextValue!);
                if (!sharedStrings.TryGetValue(text, out var index))
                {
                    index = sharedStrings.Count;
                    sharedStrings.Add(text, index);
                }
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(index.ToString(CultureInfo.InvariantCulture));
                break;
            case XlsxValueKind.Boolean:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(value.BooleanValue ? "1" : "0");
                break;
            case XlsxValueKind.Date:
                cell.CellValue = new CellValue((value.DateValue.DayNumber - ExcelEpoch.DayNumber).ToString(CultureInfo.InvariantCulture));
                break;
            default:
                cell.CellValue = new CellValue(value.NumberValue.ToString(CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>Control characters would make the file unreadable; everything else, emoji included, is kept.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c != '\t' && c != '\n' && c != '\r')
            ? new string(text.Where(c => c >= ' ' || c == '\t' || c == '\n' || c == '\r').ToArray())
            : text;
}
