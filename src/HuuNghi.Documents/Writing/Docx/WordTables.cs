using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>Table scaffolding shared by the header, signer and body tables; fixed widths so layouts never reflow.</summary>
internal static class WordTables
{
    public static W.Table Borderless(IReadOnlyList<int> widths) => Create(widths, W.BorderValues.None, 0);

    public static W.Table Bordered(IReadOnlyList<int> widths) => Create(widths, W.BorderValues.Single, 4);

    private static W.Table Create(IReadOnlyList<int> widths, W.BorderValues border, uint size)
    {
        var borders = new W.TableBorders(
            new W.TopBorder { Val = border, Size = size },
            new W.LeftBorder { Val = border, Size = size },
            new W.BottomBorder { Val = border, Size = size },
            new W.RightBorder { Val = border, Size = size },
            new W.InsideHorizontalBorder { Val = border, Size = size },
            new W.InsideVerticalBorder { Val = border, Size = size });
        var props = new W.TableProperties(
            new W.TableWidth { Width = widths.Sum().ToString(), Type = W.TableWidthUnitValues.Dxa },
            new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
            borders,
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa }));
        var grid = new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString() }));
        return new W.Table(props, grid);
    }

    public static W.TableRow Row(IEnumerable<W.TableCell> cells, bool repeatAsHeader = false)
    {
        var row = new W.TableRow();
        if (repeatAsHeader) row.Append(new W.TableRowProperties(new W.CantSplit(), new W.TableHeader()));
        row.Append(cells);
        return row;
    }

    public static W.TableCell Cell(int width, IEnumerable<W.Paragraph> paragraphs)
    {
        var cell = new W.TableCell(new W.TableCellProperties(
            new W.TableCellWidth { Width = width.ToString(), Type = W.TableWidthUnitValues.Dxa }));
        var any = false;
        foreach (var p in paragraphs)
        {
            cell.Append(p);
            any = true;
        }
        // A cell must end with a paragraph or Word refuses the file.
        if (!any) cell.Append(new W.Paragraph());
        return cell;
    }
}
