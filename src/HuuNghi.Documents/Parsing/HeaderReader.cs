using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The block above the body: issuer lines, motto, "Số", place and date, kind word and title (or "V/v").
/// Returns where the body begins so the other readers start there.
/// </summary>
internal static class HeaderReader
{
    private const int HeaderWindow = 45;
    private const int LateWindow = 8;

    public sealed class Header
    {
        public List<string> IssuerLines { get; } = [];
        public int BodyStart { get; set; }
        /// <summary>No kind word was printed: the kind comes from the symbol's type abbreviation.</summary>
        public bool KindFromSymbol { get; set; }
    }

    public static Header Read(List<string> lines, ParsedDocument doc)
    {
        var header = new Header();
        var limit = Math.Min(lines.Count, HeaderWindow);
        var titleAt = -1;
        string? titleLead = null;
        for (var i = 0; i < limit && titleAt < 0; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (doc.Reference is null && ReferenceReader.Read(line) is { } r)
                (doc.Number, doc.Symbol, doc.Reference) = r;
            else if (doc.Place is null && DateReader.ReadPlaceLine(line) is { } pd)
                (doc.Place, doc.IssuedOn) = pd;
            else if (KindBeforeSubject(line) is { } before)
            {
                // "Công văn V/v …": a website prints the kind word in front of the subject.
                doc.Kind = before.Kind;
                lines[i] = line[before.At..];
                titleAt = i;
            }
            else if (line.StartsWith("V/v", StringComparison.OrdinalIgnoreCase))
            {
                doc.Kind = DocumentKinds.Dispatch;
                titleAt = i;
            }
            else if (TextLines.IsCaps(line) && KindWords.FromKindLine(line) is { } kind)
            {
                doc.Kind = kind;
                titleAt = i + 1;
                // "CHƯƠNG TRÌNH" / "HÀNH ĐỘNG": a kind word wrapped in a narrow cell reads as the longer kind.
                if (NextFilled(lines, i + 1) is { } n && KindWords.FromKindLine(line + " " + lines[n]) is { } longer)
                {
                    doc.Kind = longer;
                    titleAt = n + 1;
                }
            }
            else if (doc.Reference is not null && TextLines.IsCaps(line) && KindWords.SplitKindLine(line) is { } split)
            {
                // "BÁO CÁO TỔNG KẾT CÔNG TÁC NĂM 2025": the kind word and the title share one line.
                doc.Kind = split.Kind;
                titleLead = split.Remainder;
                titleAt = i + 1;
            }
            else if (TextLines.IsCaps(line) && IsIssuerLine(line))
            {
                // Decree 30 prints the issuer above the place and date and the kind below them: a capitals
                // line there that is no kind word we know still names the kind ("GIẤY MỜI").
                if (doc.Place is null) header.IssuerLines.Add(line);
                else titleAt = i + 1;
            }
            else if (TitleReader.IsBodyStart(line)) break;
            else if (doc.Place is not null && doc.Reference is not null && !TextLines.IsCaps(line) && !IsLetterheadLine(line))
            {
                // No kind word (Decree 30 lets a report or letter go without one): an ordinary line that
                // ends no sentence stands where the subject line would; anything else is the body.
                if (!line.EndsWith('.') && !line.EndsWith(':') && !line.EndsWith(';') && line.Length < 300) titleAt = i;
                break;
            }
        }
        header.BodyStart = titleAt < 0 ? FirstBodyLine(lines, limit) : TitleReader.Read(lines, titleAt, doc, titleLead);
        ReadLateHeaderLines(lines, header.BodyStart, doc);
        if (doc.Kind == DocumentKinds.Other && KindWords.FromSymbol(doc.Symbol) is { } k)
        {
            doc.Kind = k;
            header.KindFromSymbol = true;
        }
        return header;
    }

    // "V/v" often sits beside the number, with the motto and the place-and-date line in the other column,
    // so they can follow the title (or even "Kính gửi" in a PDF). Read them and blank them out of the body.
    private static void ReadLateHeaderLines(List<string> lines, int from, ParsedDocument doc)
    {
        for (int i = from, seen = 0; i < lines.Count && seen < LateWindow; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            seen++;
            if (OutlineMarkers.IsRoman(line) || OutlineMarkers.ReadNumbered(line) is not null) break;
            if (doc.Reference is null && ReferenceReader.Read(line) is { } r) (doc.Number, doc.Symbol, doc.Reference) = r;
            else if (doc.Place is null && DateReader.ReadPlaceLine(line) is { } pd) (doc.Place, doc.IssuedOn) = pd;
            else if (!BundleSplitter.IsMotto(line) && !TextLines.FoldStarts(line, "doc lap")) continue;
            lines[i] = "";
        }
    }

    private static (string Kind, int At)? KindBeforeSubject(string line)
    {
        var at = line.IndexOf(" V/v", StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || at > 30) return null;
        return KindWords.FromKindLine(line[..at]) is { } kind ? (kind, at + 1) : null;
    }

    private static int? NextFilled(List<string> lines, int from)
    {
        for (var i = from; i < lines.Count && i < from + 2; i++)
            if (lines[i].Length > 0) return i;
        return null;
    }

    // The motto's second line, a draft mark or the Party header's star: letterhead, never title or body.
    private static bool IsLetterheadLine(string line)
    {
        var f = TextLines.Fold(line);
        return f.StartsWith("doc lap", StringComparison.Ordinal) || f.StartsWith("du thao", StringComparison.Ordinal) || f.Trim('*', ' ').Length == 0;
    }

    private static bool IsIssuerLine(string line)
    {
        // A section heading ("I- MỤC ĐÍCH") of a copy without letterhead names no issuer.
        if (BundleSplitter.IsMotto(line) || OutlineMarkers.IsRoman(line)) return false;
        var f = TextLines.Fold(line);
        // A council's term and session ("KHÓA IX, KỲ HỌP THỨ 6") sits under its name, but is not part of it.
        if (f.Contains("ky hop", StringComparison.Ordinal) || f.StartsWith("khoa ", StringComparison.Ordinal)) return false;
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
