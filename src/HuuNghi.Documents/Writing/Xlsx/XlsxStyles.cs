using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>The fixed stylesheet the writer uses: one cell format per value kind, so the reader can tell them apart.</summary>
internal static class XlsxStyles
{
    public const uint Default = 0;
    public const uint Header = 1;
    public const uint Integer = 2;
    public const uint Decimal = 3;
    public const uint Money = 4;
    public const uint Date = 5;

    public const uint DateFormatId = 164;
    public const uint MoneyFormatId = 165;
    public const string DateFormatCode = "dd/mm/yyyy";
    public const string MoneyFormatCode = "#,##0\" đồng\"";

    public static uint For(XlsxValueKind kind) => kind switch
    {
        XlsxValueKind.Integer => Integer,
        XlsxValueKind.Decimal => Decimal,
        XlsxValueKind.Money => Money,
        XlsxValueKind.Date => Date,
        _ => Default,
    };

    public static void Add(WorkbookPart workbook)
    {
        var part = workbook.AddNewPart<WorkbookStylesPart>();
        part.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = DateFormatCode },
                new NumberingFormat { NumberFormatId = MoneyFormatId, FormatCode = MoneyFormatCode })
            { Count = 2 },
            new Fonts(Font(bold: false), Font(bold: true)) { Count = 2 },
            // Excel requires the first two fills to be "none" and "gray125", whatever the workbook uses.
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
            { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                Format(0, 0),
                Format(0, 1),
                Format(3, 0),
                Format(4, 0),
                Format(MoneyFormatId, 0),
                Format(DateFormatId, 0))
            { Count = 6 },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static CellFormat Format(uint numberFormat, uint font) => new()
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat != 0 ? true : null as BooleanValue,
        ApplyFont = font != 0 ? true : null as BooleanValue,
    };
}
