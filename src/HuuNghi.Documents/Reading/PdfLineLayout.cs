namespace HuuNghi.Documents.Reading;

/// <summary>
/// Puts side-by-side blocks back in reading order. A Decree 30 page sets the issuer beside the national
/// motto, "Số" beside the date, and "Nơi nhận" beside the signer: on one baseline they would read as one
/// line. Lines split at wide gaps; a run of such split lines is emitted left column first, then right.
/// </summary>
internal static class PdfLineLayout
{
    public sealed record Line(double Y, List<PdfWord> Words);

    public static List<string> Order(List<Line> lines, double pageWidth)
    {
        var output = new List<string>();
        var middle = pageWidth / 2;
        var i = 0;
        while (i < lines.Count)
        {
            var segments = Segments(lines[i].Words);
            if (!IsSplitAtMiddle(segments, middle))
            {
                output.Add(Text(lines[i].Words));
                i++;
                continue;
            }
            var left = new List<string>();
            var right = new List<string>();
            for (; i < lines.Count; i++)
            {
                var parts = Segments(lines[i].Words);
                if (parts.Any(p => Crosses(p, middle))) break;
                foreach (var part in parts)
                    (Centre(part) < middle ? left : right).Add(Text(part));
            }
            output.AddRange(left);
            output.Add("");
            output.AddRange(right);
        }
        return output;
    }

    private static List<List<PdfWord>> Segments(List<PdfWord> words)
    {
        var ordered = words.OrderBy(w => w.Box.Left).ToList();
        var segments = new List<List<PdfWord>> { new() { ordered[0] } };
        for (var k = 1; k < ordered.Count; k++)
        {
            var previous = ordered[k - 1];
            var gap = ordered[k].Box.Left - previous.Box.Right;
            var charWidth = previous.Box.Width / Math.Max(1, previous.Text.Length);
            // A block that fills its table cell sits closer to its neighbour than a wide gap; the change of font
            // (regular issuer beside the bold motto) shows the seam.
            var seam = gap > Math.Max(12, charWidth * 2.5) && !SameFont(previous, ordered[k]);
            if (gap > Math.Max(18, charWidth * 4) || seam) segments.Add([]);
            segments[^1].Add(ordered[k]);
        }
        return segments;
    }

    private static bool SameFont(PdfWord a, PdfWord b) =>
        a.Font == b.Font && Math.Abs(a.Size - b.Size) < 0.5;

    // Two blocks side by side: one ends left of the page's middle, another starts right of it. A wide gap
    // inside one half ("Số:        /BC-UBND") is only spacing. The right block may start a little before the
    // middle: a Decree 30 header gives the motto the wider column, with the left margin the wider one.
    private static bool IsSplitAtMiddle(List<List<PdfWord>> segments, double middle)
    {
        for (var k = 1; k < segments.Count; k++)
        {
            if (segments[k - 1][^1].Box.Right < middle + 10 && segments[k][0].Box.Left > middle * 0.85)
                return true;
        }
        return false;
    }

    private static bool Crosses(List<PdfWord> segment, double middle) =>
        segment[0].Box.Left < middle - 20 && segment[^1].Box.Right > middle + 20;

    private static double Centre(List<PdfWord> segment) => (segment[0].Box.Left + segment[^1].Box.Right) / 2;

    private static string Text(IEnumerable<PdfWord> words) => string.Join(' ', words.OrderBy(w => w.Box.Left).Select(w => w.Text));
}
