namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>A column to write: its header and width in Excel character units.</summary>
public sealed record XlsxColumn(string Header, double Width = 15);

/// <summary>
/// A sheet to write. Rows are enumerated once, while writing, so a register export can stream from the database
/// without holding every row.
/// </summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<XlsxColumn> Columns, IEnumerable<IReadOnlyList<XlsxValue>> Rows);

/// <summary>One data row read back; <see cref="RowNumber"/> is the row as Excel numbers it, for messages to users.</summary>
public sealed record XlsxRow(int RowNumber, IReadOnlyList<XlsxValue> Cells)
{
    public XlsxValue this[int column] => column < Cells.Count ? Cells[column] : XlsxValue.Empty;
}

public enum XlsxFindingKind
{
    /// <summary>The cell holds a formula: its last computed value is used, which may be stale.</summary>
    Formula,

    /// <summary>The cell is part of a merged range in the data area: only its top-left cell carries a value.</summary>
    MergedCell,

    /// <summary>The cell holds an Excel error such as #DIV/0! or #N/A.</summary>
    ErrorValue,

    /// <summary>The cell's stored value could not be read as its type says.</summary>
    UnreadableValue,
}

/// <summary>Something an importer should tell the user about a cell; reading goes on regardless.</summary>
public sealed record XlsxFinding(int Row, string Cell, XlsxFindingKind Kind, string Message);

public sealed record XlsxReadResult(
    string SheetName,
    IReadOnlyList<string> Headers,
    IReadOnlyList<XlsxRow> Rows,
    IReadOnlyList<XlsxFinding> Findings);
