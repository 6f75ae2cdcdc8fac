using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// PDF to text from the text layer: words (see <see cref="PdfWords"/>) grouped into lines by baseline, lines top to bottom, a blank
/// line where the vertical gap shows a paragraph break. A PDF without a text layer is reported, not guessed.
/// </summary>
internal static class PdfTextExtractor
{
    public static ReadResult Extract(byte[] bytes, string fileName)
    {
        PdfDocument pdf;
        try { pdf = PdfDocument.Open(bytes); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ReadResult.Fail(ReadError.Of(ReadErrorKind.CorruptPdf, fileName));
        }
        using (pdf)
        {
            var sb = new StringBuilder();
            try
            {
                foreach (var page in pdf.GetPages()) AppendPage(sb, page);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return ReadResult.Fail(ReadError.Of(ReadErrorKind.CorruptPdf, fileName));
            }
            var text = sb.ToString();
            return string.IsNullOrWhiteSpace(text)
                ? ReadResult.Fail(ReadError.Of(ReadErrorKind.NoTextLayer, fileName))
                : ReadResult.Ok(fileName, text, "pdf");
        }
    }

    private static void AppendPage(StringBuilder sb, Page page)
    {
        var words = PdfWords.Of(page);
        if (words.Count == 0) return;
        var lines = new List<(double Y, double Height, List<PdfWord> Words)>();
        foreach (var word in words.OrderByDescending(w => w.Baseline))
        {
            var y = word.Baseline;
            var line = lines.FindIndex(l => Math.Abs(l.Y - y) < Math.Max(2.0, l.Height * 0.4));
            if (line < 0) lines.Add((y, Math.Max(1, word.Box.Height), [word]));
            else lines[line].Words.Add(word);
        }
        lines.Sort((a, b) => b.Y.CompareTo(a.Y));
        var spacing = TypicalSpacing(lines.Select(l => l.Y).ToList());
        // Paragraph gaps become blank lines before the columns are untangled, so each block keeps them.
        var spaced = new List<PdfLineLayout.Line>();
        double? previous = null;
        foreach (var (y, _, lineWords) in lines)
        {
            if (previous is { } p && spacing > 0 && p - y > spacing * 1.6) spaced.Add(new PdfLineLayout.Line(y, []));
            spaced.Add(new PdfLineLayout.Line(y, lineWords));
            previous = y;
        }
        var ordered = new List<string>();
        var chunk = new List<PdfLineLayout.Line>();
        foreach (var line in spaced.Append(new PdfLineLayout.Line(0, [])))
        {
            if (line.Words.Count > 0) { chunk.Add(line); continue; }
            if (chunk.Count > 0) ordered.AddRange(PdfLineLayout.Order(chunk, page.Width));
            ordered.Add("");
            chunk.Clear();
        }
        foreach (var text in ordered) sb.Append(text).Append('\n');
    }

    private static double TypicalSpacing(List<double> ys)
    {
        var gaps = new List<double>();
        for (var i = 1; i < ys.Count; i++) gaps.Add(ys[i - 1] - ys[i]);
        if (gaps.Count == 0) return 0;
        gaps.Sort();
        return gaps[gaps.Count / 4];
    }
}
