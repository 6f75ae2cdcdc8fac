namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>A1-style references: column letters and row numbers, both counted from 1 as Excel shows them.</summary>
internal static class CellReference
{
    public static string Column(int index)
    {
        var letters = "";
        for (var n = index; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    public static string Of(int column, int row) => Column(column) + row;

    /// <summary>Parses "AB12" to (28, 12); null when the reference is missing or malformed.</summary>
    public static (int Column, int Row)? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        if (column == 0 || i == reference.Length || !int.TryParse(reference.AsSpan(i), out var row)) return null;
        return (column, row);
    }
}
