using UglyToad.PdfPig.Content;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// Puts side-by-side blocks back in reading order. A Decree 30 page sets the issuer beside the national
/// motto, "Số" beside the date, and "Nơi nhận" beside the signer: on one baseline they would read as one
/// line. Lines split at wide gaps; a run of such split lines is emitted left column first, then right.
/// </summary>
internal static class PdfLineLayout
{
    public sealed record Line(double Y, List<Word> Words);

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

    private static List<List<Word>> Segments(List<Word> words)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var segments = new List<List<Word>> { new() { ordered[0] } };
        for (var k = 1; k < ordered.Count; k++)
        {
            var previous = ordered[k - 1];
            var gap = ordered[k].BoundingBox.Left - previous.BoundingBox.Right;
            var charWidth = previous.BoundingBox.Width / Math.Max(1, previous.Text.Length);
            // A block that fills its table cell sits closer to its neighbour than a wide gap; the change of font
            // (regular issuer beside the bold motto) shows the seam.
            var seam = gap > Math.Max(12, charWidth * 2.5) && !SameFont(previous, ordered[k]);
            if (gap > Math.Max(18, charWidth * 4) || seam) segments.Add([]);
            segments[^1].Add(ordered[k]);
        }
        return segments;
    }

    private static bool SameFont(Word a, Word b) =>
        a.Letters.Count == 0 || b.Letters.Count == 0
        || (a.Letters[0].FontName == b.Letters[0].FontName && Math.Abs(a.Letters[0].PointSize - b.Letters[0].PointSize) < 0.5);

    // Two blocks side by side: one ends left of the page's middle, another starts right of it. A wide gap
    // inside one half ("Số:        /BC-UBND") is only spacing. The right block may start a little before the
    // middle: a Decree 30 header gives the motto the wider column, with the left margin the wider one.
    private static bool IsSplitAtMiddle(List<List<Word>> segments, double middle)
    {
        for (var k = 1; k < segments.Count; k++)
        {
            if (segments[k - 1][^1].BoundingBox.Right < middle + 10 && segments[k][0].BoundingBox.Left > middle * 0.85)
                return true;
        }
        return false;
    }

    private static bool Crosses(List<Word> segment, double middle) =>
        segment[0].BoundingBox.Left < middle - 20 && segment[^1].BoundingBox.Right > middle + 20;

    private static double Centre(List<Word> segment) => (segment[0].BoundingBox.Left + segment[^1].BoundingBox.Right) / 2;

    private static string Text(IEnumerable<Word> words) => string.Join(' ', words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
}
