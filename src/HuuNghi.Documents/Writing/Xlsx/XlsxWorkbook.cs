using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>
/// Writes registers and statistics annexes as XLSX and reads such sheets back to typed cells, reporting what an
/// importer must tell the user (formulas, merged cells, errors) instead of throwing.
/// </summary>
public static class XlsxWorkbook
{
    public static void Write(Stream output, params IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (sheets.Count == 0) throw new ArgumentException("A workbook needs at least one sheet. / Sổ tính cần ít nhất một trang tính.", nameof(sheets));
        using var package = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = package.AddWorkbookPart();
        XlsxStyles.Add(workbook);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        var writer = new XlsxSheetWriter(strings);
        var entries = new Sheets();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < sheets.Count; i++)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            writer.Write(part, sheets[i]);
            entries.Append(new Sheet { Name = UniqueName(sheets[i].Name, i + 1, names), SheetId = (uint)(i + 1), Id = workbook.GetIdOfPart(part) });
        }
        WriteSharedStrings(workbook, strings);
        workbook.Workbook = new Workbook(entries);
    }

    public static byte[] Write(params IReadOnlyList<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets);
        return stream.ToArray();
    }

    /// <summary>Reads one sheet (the first when <paramref name="sheetName"/> is null); rows above the data are headers.</summary>
    public static XlsxReadResult Read(Stream input, string? sheetName = null, int headerRows = 1)
    {
        ArgumentNullException.ThrowIfNull(input);
        // A workbook is checked for its unpacked size (a zip bomb) before OpenXml inflates any part of it.
        if (!input.CanSeek)
        {
            var copy = new MemoryStream();
            input.CopyTo(copy);
            copy.Position = 0;
            input = copy;
        }
        if (!ZipLimits.Fit(input)) throw new InvalidDataException(ZipLimits.Limits());
        using var package = SpreadsheetDocument.Open(input, false);
        return new XlsxSheetReader(package).Read(sheetName, headerRows);
    }

    public static XlsxReadResult Read(byte[] workbook, string? sheetName = null, int headerRows = 1)
    {
        using var stream = new MemoryStream(workbook, writable: false);
        return Read(stream, sheetName, headerRows);
    }

    private static void WriteSharedStrings(WorkbookPart workbook, Dictionary<string, int> strings)
    {
        if (strings.Count == 0) return;
        var part = workbook.AddNewPart<SharedStringTablePart>();
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable(), [new OpenXmlAttribute("count", "", strings.Count.ToString()), new OpenXmlAttribute("uniqueCount", "", strings.Count.ToString())]);
        // The dictionary's values are the indexes in insertion order, so enumerating it by value keeps them aligned.
        foreach (var text in strings.OrderBy(p => p.Value).Select(p => p.Key))
        {
            writer.WriteElement(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        writer.WriteEndElement();
    }

    /// <summary>Excel refuses sheet names over 31 characters, with []:*?/\ or repeated; fix them rather than fail.</summary>
    private static string UniqueName(string name, int position, HashSet<string> used)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim('\'', ' ');
        if (clean.Length == 0) clean = "Sheet" + position;
        if (clean.Length > 31) clean = clean[..31];
        var candidate = clean;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }
        return candidate;
    }
}
