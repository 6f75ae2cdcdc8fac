using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The block above the body: issuer lines, motto, "Số", place and date, kind word and title (or "V/v").
/// Returns where the body begins so the other readers start there.
/// </summary>
internal static class HeaderReader
{
    private const int HeaderWindow = 45;

    public sealed class Header
    {
        public List<string> IssuerLines { get; } = [];
        public int BodyStart { get; set; }
    }

    public static Header Read(List<string> lines, ParsedDocument doc)
    {
        var header = new Header();
        var limit = Math.Min(lines.Count, HeaderWindow);
        var titleAt = -1;
        for (var i = 0; i < limit && titleAt < 0; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (doc.Reference is null && ReferenceReader.Read(line) is { } r)
                (doc.Number, doc.Symbol, doc.Reference) = r;
            else if (doc.Place is null && DateReader.ReadPlaceLine(line) is { } pd)
                (doc.Place, doc.IssuedOn) = pd;
            else if (line.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
            {
                doc.Kind = DocumentKinds.Dispatch;
                titleAt = i;
            }
            else if (TextLines.IsCaps(line) && KindWords.FromKindLine(line) is { } kind)
            {
                doc.Kind = kind;
                titleAt = i + 1;
            }
            else if (TextLines.IsCaps(line) && IsIssuerLine(line)) header.IssuerLines.Add(line);
            else if (TitleReader.IsBodyStart(line)) break;
        }
        header.BodyStart = titleAt < 0 ? FirstBodyLine(lines, limit) : TitleReader.Read(lines, titleAt, doc);
        if (doc.Kind == DocumentKinds.Other && KindWords.FromSymbol(doc.Symbol) is { } k) doc.Kind = k;
        return header;
    }

    private static bool IsIssuerLine(string line)
    {
        if (BundleSplitter.IsMotto(line)) return false;
        var f = TextLines.Fold(line);
        return !(f.StartsWith("doc lap") || f is "khan" or "hoa toc" or "thuong khan" or "mat" or "toi mat" or "tuyet mat"
                 || f.StartsWith("du thao"));
    }

    private static int FirstBodyLine(List<string> lines, int limit)
    {
        for (var i = 0; i < limit; i++)
            if (TitleReader.IsBodyStart(lines[i])) return i;
        return 0;
    }
}
