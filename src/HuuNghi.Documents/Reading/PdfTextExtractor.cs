using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// PDF to text from the text layer: words grouped into lines by baseline, lines top to bottom, a blank
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
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0) return;
        var lines = new List<(double Y, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var y = word.BoundingBox.Bottom;
            var line = lines.FindIndex(l => Math.Abs(l.Y - y) < Math.Max(2.0, l.Height * 0.4));
            if (line < 0) lines.Add((y, Math.Max(1, word.BoundingBox.Height), [word]));
            else lines[line].Words.Add(word);
        }
        lines.Sort((a, b) => b.Y.CompareTo(a.Y));
        var spacing = TypicalSpacing(lines.Select(l => l.Y).ToList());
        double? previous = null;
        foreach (var (y, _, lineWords) in lines)
        {
            if (previous is { } p && spacing > 0 && p - y > spacing * 1.6) sb.Append('\n');
            sb.Append(string.Join(' ', lineWords.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))).Append('\n');
            previous = y;
        }
        sb.Append('\n');
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
