using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Rebuilds the two-column letterhead from the forms it reaches us in: cells flattened onto one line with
/// <c>|</c> (pages copied from websites), number and place run together (<c>Số 12-KH/HU Triệu Sơn, ngày …</c>,
/// <c>…/TT-BNGHà Nội, ngày …</c>), and cells wrapped mid-phrase (<c>ỦY</c> / <c>BAN NHÂN DÂN</c>,
/// <c>ngày 29</c> / <c>tháng 01 năm 2021</c>, <c>Thừa</c> / <c>Thiên Huế, ngày …</c>). Runs on the
/// normalised lines before the bundle is split, so every reader sees one cell per line.
/// </summary>
internal static partial class HeaderCells
{
    public static void Rebuild(List<string> lines)
    {
        var motto = 0;
        var inBody = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            // Only the letterhead is rebuilt: the top of the file and the lines round each motto (a bundle's
            // next document); body tables and wrapped body text are left as they are.
            if (line.Contains("CỘNG HÒA", StringComparison.OrdinalIgnoreCase) || line.Contains("ĐẢNG CỘNG SẢN", StringComparison.OrdinalIgnoreCase))
            {
                motto = i;
                inBody = false;
            }
            // The kind word ends the letterhead, and a short document reaches its signature within the window.
            if (TitleReader.IsBodyStart(line) || line.Length > 150 || SignerReader.IsAuthority(line)) inBody = true;
            if (inBody || (i >= 20 && i - motto > 10)) continue;
            if (line.Contains('|') && SplitPipes(line) is { } cells)
            {
                lines.RemoveAt(i);
                lines.InsertRange(i, cells);
                line = lines[i];
                if (line.Length == 0) continue;
            }
            // "Số:" / "09/2011/QĐ-UBND": the number cell wrapped after its label.
            if (NumberLabel().IsMatch(line) && i + 1 < lines.Count && BareReference().IsMatch(lines[i + 1]))
            {
                lines[i] = "Số: " + lines[i + 1];
                lines.RemoveAt(i + 1);
                continue;
            }
            // "2321/VPCP-QHQT | Hà Nội, ngày …": a website prints the reference without its label.
            if (BareReference().IsMatch(line))
            {
                lines[i] = "Số: " + line;
                continue;
            }
            if (NumberThenPlace().Match(line) is { Success: true } m && DateReader.ReadPlaceLine(m.Groups["rest"].Value) is not null)
            {
                lines[i] = m.Groups["ref"].Value.TrimEnd();
                lines.Insert(i + 1, m.Groups["rest"].Value);
                continue;
            }
            if (TextLines.IsCaps(line) && KindWords.FromKindLine(line) is not null) inBody = true;
            if (i + 1 >= lines.Count) continue;
            var next = lines[i + 1];
            // "…, ngày 29" / "tháng 01 năm 2021": the date cell wrapped.
            if (DateHead().IsMatch(line) && next.StartsWith("tháng", StringComparison.OrdinalIgnoreCase))
            {
                lines[i] = line + " " + next;
                lines.RemoveAt(i + 1);
            }
            // "Thừa" / "Thiên Huế, ngày …": a short piece of the place above its date line.
            else if (ShortPlacePiece().IsMatch(line) && !TextLines.IsCaps(line) && DateReader.ReadPlaceLine(next) is not null
                     && DateReader.ReadPlaceLine(line) is null && DateReader.ReadPlaceLine(line + " " + next) is not null)
            {
                lines[i] = line + " " + next;
                lines.RemoveAt(i + 1);
            }
            // "ỦY" / "BAN NHÂN DÂN", "CỘNG" / "HÒA XÃ HỘI …": a one-word capitals cell runs on below.
            else if (OneCapsWord().IsMatch(line) && next.Length > 0 && TextLines.IsCaps(next) && char.IsLetter(next[0]))
            {
                lines[i] = line + " " + next;
                lines.RemoveAt(i + 1);
                i--;
            }
        }
    }

    // Letterhead cells only: a row whose cells include the motto, a "Số" line, a place-and-date line or
    // capitals; a body table row ("| STT | Nội dung |") is left alone.
    private static List<string>? SplitPipes(string line)
    {
        var cells = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length == 0 || cells.Length > 2) return null;
        foreach (var cell in cells)
        {
            if (!(BundleSplitter.IsMotto(cell) || TextLines.FoldStarts(cell, "doc lap") || cell.StartsWith("Số", StringComparison.Ordinal)
                  || DateReader.ReadPlaceLine(cell) is not null || TextLines.IsCaps(cell)))
                return null;
        }
        return [.. cells];
    }

    [GeneratedRegex(@"^(?<ref>Số\s*:?\s*\d*\s*[/-]?[\p{L}\d/\-&.]+?)\s*(?<rest>\p{Lu}\p{Ll}+(?:[ ]+(?:-[ ]+)?\p{L}+)*,\s*ngày\b.*)$")]
    private static partial Regex NumberThenPlace();
    [GeneratedRegex(@"^Số\s*:?$")]
    private static partial Regex NumberLabel();
    [GeneratedRegex(@"^\d{1,6}(?:/\d{4})?[/-]\p{Lu}[\p{L}\d/\-&.]*$")]
    private static partial Regex BareReference();
    [GeneratedRegex(@",\s*ngày(\s+\d{1,2})?\s*$")]
    private static partial Regex DateHead();
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+( \p{Lu}\p{Ll}+)?$")]
    private static partial Regex ShortPlacePiece();
    [GeneratedRegex(@"^\p{Lu}+$")]
    private static partial Regex OneCapsWord();
}
