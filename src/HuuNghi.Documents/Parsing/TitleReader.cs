using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The subject line (trích yếu): the lines under the kind word, or after "V/v", up to the first line that
/// opens the body. Wrapped lines are joined with single spaces.
/// </summary>
internal static class TitleReader
{
    private const int MaxTitleLines = 8;

    private static readonly string[] BodyOpeners =
        ["kinh gui", "can cu", "thuc hien", "tren co so", "xet de nghi", "noi nhan"];

    /// <summary>Reads the title starting at <paramref name="start"/>; returns the index of the first body line.</summary>
    public static int Read(List<string> lines, int start, ParsedDocument doc, string? lead = null)
    {
        var parts = new List<string>();
        if (lead is not null) parts.Add(lead);
        var i = start;
        var blankBefore = false;
        // A subject line printed in capitals under the kind word ("THỰC HIỆN CHỈ THỊ SỐ …") runs on only
        // through capitals lines: the first ordinary line after it is the body.
        var capitals = lead is not null && TextLines.IsCaps(lead);
        for (; i < lines.Count && parts.Count < MaxTitleLines; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                blankBefore = parts.Count > 0;
                continue;
            }
            // A title carries no full stop and announces nothing: a paragraph after a blank line that ends
            // with either ("… hướng dẫn một số nội dung sau:") is the body.
            if (blankBefore && (line.EndsWith('.') || line.EndsWith("./.", StringComparison.Ordinal) || line.EndsWith(':'))) break;
            // "(Ban hành kèm theo Quyết định số …)" closes an attached regulation's title.
            if (parts.Count > 0 && IsAttachmentLine(line)) break;
            if (parts.Count == 0 && line.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
            {
                parts.Add(line[3..].TrimStart(' ', ':', '.'));
                continue;
            }
            if (parts.Count > 0 && (capitals ? !TextLines.IsCaps(line) || IsHeaderLine(line) : IsTitleEnd(line))) break;
            if (parts.Count == 0 && (IsHeaderLine(line) || ReferenceReader.Read(line) is not null || DateReader.ReadPlaceLine(line) is not null))
                continue;
            if (parts.Count == 0 && TextLines.IsCaps(line))
            {
                // A capitals line that announces the body ("QUYẾT ĐỊNH:") or opens a section is no title.
                if (line.EndsWith(':') || OutlineMarkers.IsRoman(line)) break;
                capitals = true;
            }
            parts.Add(line);
        }
        var title = TextLines.Collapse(TextLines.Join(parts)).TrimEnd(' ', '.', ';');
        doc.Title = title.Length == 0 ? null : title;
        return i;
    }

    /// <summary>The line an attached regulation or programme carries under its title.</summary>
    public static bool IsAttachmentLine(string line) =>
        line.Length > 10 && line[0] == '(' && AttachmentOpeners.Any(o => TextLines.FoldStarts(line[1..], o));

    private static readonly string[] AttachmentOpeners = ["ban hanh kem theo", "kem theo", "phe duyet kem theo", "ban hanh theo"];

    // Lines of the letterhead that may sit between the kind word and the title in a flattened copy.
    private static bool IsHeaderLine(string line)
    {
        if (BundleSplitter.IsMotto(line)) return true;
        var f = TextLines.Fold(line);
        return f.StartsWith("doc lap", StringComparison.Ordinal) || f.StartsWith("du thao", StringComparison.Ordinal) || f == "*";
    }

    /// <summary>A line that cannot continue a title: a body opener, a capital-letter line, a stamp or the reference.</summary>
    public static bool IsTitleEnd(string line) =>
        IsBodyStart(line) || TextLines.IsCaps(line) || ReferenceReader.Read(line) is not null
        || DateReader.ReadPlaceLine(line) is not null || OutlineMarkers.IsRoman(line);

    /// <summary>A line that typically opens the body of a document.</summary>
    public static bool IsBodyStart(string line)
    {
        // Openers are capitalised; a wrapped title line may well begin with "thực hiện".
        if (line.Length == 0 || !char.IsUpper(line[0])) return false;
        var f = TextLines.Fold(line);
        foreach (var opener in BodyOpeners)
            if (f.StartsWith(opener, StringComparison.Ordinal)) return true;
        return false;
    }
}
