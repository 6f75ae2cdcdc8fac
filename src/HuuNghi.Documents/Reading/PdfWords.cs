using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace HuuNghi.Documents.Reading;

/// <summary>One word on a page, as this reader assembles it from glyphs.</summary>
internal sealed record PdfWord(string Text, PdfRectangle Box, double Baseline, string Font, double Size);

/// <summary>
/// Builds words from a page's glyphs by their positions, not from the font's space character. LibreOffice
/// draws a glyph the subset font cannot name (a Vietnamese letter with two marks, "ế", "ộ") as a stand-in
/// glyph wrapped in a marked-content span whose /ActualText is the real letter; the span's text replaces its
/// glyphs, or "Quyết định" reads "Quyốt đốnh". Words split at a drawn space or at a gap wider than a fraction
/// of the font size, so text that positions each glyph (no space glyph between words) still splits, and a
/// word drawn in pieces (one span per marked letter) stays whole.
/// </summary>
internal static class PdfWords
{
    // Inter-letter gaps in justified or kerned text stay well under this; a word space is about a quarter em.
    private const double WordGapEm = 0.15;

    private readonly record struct Glyph(string Text, PdfRectangle Box, double X, double Right, double Baseline, string Font, double Size);

    public static List<PdfWord> Of(Page page)
    {
        var actual = ActualTexts(page);
        var glyphs = new List<Glyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            var text = letter.Value;
            if (actual.TryGetValue(letter, out var replacement)) text = replacement;
            if (text.Length == 0) continue;
            var box = letter.BoundingBox;
            var x = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, x);
            glyphs.Add(new Glyph(text, box, x, right, letter.StartBaseLine.Y, letter.FontName ?? "", letter.PointSize));
        }
        return Assemble(glyphs);
    }

    // The first glyph of an /ActualText span carries the span's text, the rest carry none.
    private static Dictionary<Letter, string> ActualTexts(Page page)
    {
        var map = new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<MarkedContentElement>(page.GetMarkedContents());
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (element.ActualText is { } text && element.Letters.Count > 0)
            {
                for (var i = 0; i < element.Letters.Count; i++) map[element.Letters[i]] = i == 0 ? text : "";
                continue;
            }
            foreach (var child in element.Children) pending.Push(child);
        }
        return map;
    }

    private static List<PdfWord> Assemble(List<Glyph> glyphs)
    {
        var words = new List<PdfWord>();
        // Lines by baseline, then left to right; a small tolerance absorbs rounding in Tm positions.
        var lines = new List<List<Glyph>>();
        foreach (var g in glyphs.OrderByDescending(g => g.Baseline))
        {
            if (lines.Count > 0 && Math.Abs(lines[^1][0].Baseline - g.Baseline) < Math.Max(1.0, g.Size * 0.2)) lines[^1].Add(g);
            else lines.Add([g]);
        }
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.X.CompareTo(b.X));
            var current = new List<Glyph>();
            double lastRight = double.NegativeInfinity;
            foreach (var g in line)
            {
                if (string.IsNullOrWhiteSpace(g.Text))
                {
                    Flush(current, words);
                    lastRight = g.Right;
                    continue;
                }
                if (current.Count > 0 && g.X - lastRight > g.Size * WordGapEm) Flush(current, words);
                current.Add(g);
                lastRight = Math.Max(lastRight, g.Right);
            }
            Flush(current, words);
        }
        return words;
    }

    private static void Flush(List<Glyph> glyphs, List<PdfWord> words)
    {
        if (glyphs.Count == 0) return;
        var text = string.Concat(glyphs.Select(g => g.Text)).Trim();
        if (text.Length > 0)
        {
            var left = glyphs.Min(g => Math.Min(g.Box.Left, g.X));
            var right = glyphs.Max(g => Math.Max(g.Box.Right, g.Right));
            var bottom = glyphs.Min(g => g.Box.Bottom);
            var top = glyphs.Max(g => g.Box.Top);
            words.Add(new PdfWord(text, new PdfRectangle(left, bottom, right, top), glyphs[0].Baseline, glyphs[0].Font, glyphs[0].Size));
        }
        glyphs.Clear();
    }
}
