using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>Turns the cells of one row into typed values, noting formulas, errors and unreadable values.</summary>
internal sealed class XlsxCellReader(List<string> sharedStrings, NumberFormats formats, List<XlsxFinding> findings)
{
    public List<XlsxValue> ReadRow(Row row, int rowNumber, bool isData)
    {
        var values = new List<XlsxValue>();
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var reference = CellReference.Parse(cell.CellReference?.Value);
            position = reference?.Column ?? position + 1;
            while (values.Count < position - 1) values.Add(XlsxValue.Empty);
            var name = CellReference.Of(position, rowNumber);
            if (isData && cell.CellFormula is { } formula)
            {
                findings.Add(new XlsxFinding(rowNumber, name, XlsxFindingKind.Formula,
                    $"Ô {name} chứa công thức ={formula.Text}; dùng giá trị đã tính lần cuối. / Cell {name} holds the formula ={formula.Text}; its last computed value is used."));
            }
            values.Add(Read(cell, name, rowNumber));
        }
        return values;
    }

    private XlsxValue Read(Cell cell, string name, int rowNumber)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return XlsxValue.Text(cell.InlineString is { } inline ? ItemText(inline) : raw);
        if (raw is null) return XlsxValue.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? XlsxValue.Text(sharedStrings[i])
                : Unreadable(name, rowNumber, raw);
        }
        if (type == CellValues.String) return XlsxValue.Text(raw);
        if (type == CellValues.Boolean) return XlsxValue.Boolean(raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (type == CellValues.Error)
        {
            findings.Add(new XlsxFinding(rowNumber, name, XlsxFindingKind.ErrorValue, $"Ô {name} báo lỗi {raw}. / Cell {name} holds the error {raw}."));
            return XlsxValue.Empty;
        }
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso)
                ? XlsxValue.Date(DateOnly.FromDateTime(iso))
                : Unreadable(name, rowNumber, raw);
        }
        return Number(raw, formats.KindOf(cell.StyleIndex?.Value), name, rowNumber);
    }

    private XlsxValue Number(string raw, XlsxValueKind? kind, string name, int rowNumber)
    {
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Unreadable(name, rowNumber, raw);
        if (kind == XlsxValueKind.Date)
        {
            return number is >= 0 and < 2958466
                ? XlsxValue.Date(DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(number))))
                : Unreadable(name, rowNumber, raw);
        }
        // decimal.Parse keeps the digits exactly as written; double is only the fallback for exponents it refuses.
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            if (Math.Abs(number) > (double)decimal.MaxValue) return Unreadable(name, rowNumber, raw);
            value = (decimal)number;
        }
        return kind switch
        {
            XlsxValueKind.Money => XlsxValue.Money(value),
            XlsxValueKind.Decimal => XlsxValue.Decimal(value),
            _ when value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue => XlsxValue.Integer((long)value),
            _ => XlsxValue.Decimal(value),
        };
    }

    private XlsxValue Unreadable(string name, int rowNumber, string raw)
    {
        findings.Add(new XlsxFinding(rowNumber, name, XlsxFindingKind.UnreadableValue,
            $"Không đọc được giá trị \"{raw}\" ở ô {name}. / The value \"{raw}\" in cell {name} could not be read."));
        return XlsxValue.Empty;
    }

    /// <summary>Plain or rich text of a shared or inline string; phonetic guides (rPh) are not part of the value.</summary>
    public static string ItemText(OpenXmlElement item) =>
        item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()?.Text
        ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
}
