namespace HuuNghi.Documents.Parsing;

/// <summary>"Kính gửi:" — one addressee on the line (or alone on the next), or a dashed list under it.</summary>
internal static class AddresseesReader
{
    private const int MaxAddresseeLength = 150;

    /// <summary>Returns the addressees, the "Kính gửi" line and the line after the list (-1, -1 when there is none).</summary>
    /// <remarks>"Kính gửi" is looked for between <paramref name="from"/> and <paramref name="searchTo"/>; its list
    /// may run on past that, as far as the document goes.</remarks>
    public static (List<string> Items, int Start, int End) Read(List<string> lines, int from, int searchTo)
    {
        var to = lines.Count;
        for (var i = from; i < searchTo; i++)
        {
            if (!TextLines.FoldStarts(lines[i], "kinh gui")) continue;
            var colon = lines[i].IndexOf(':');
            var first = colon >= 0 ? lines[i][(colon + 1)..].Trim() : lines[i][Math.Min(8, lines[i].Length)..].Trim();
            var (items, end) = DashedList.Read(lines, i + 1, to, "");
            // Several addressees on the "Kính gửi" line itself are separated by ";".
            items.InsertRange(0, first.Split(';').Select(TextLines.CleanItem).Where(s => s.Length > 0));
            if (items.Count == 0 && NextLine(lines, i + 1, to) is { } next && IsAddressee(lines[next]))
                return ([TextLines.CleanItem(lines[next])], i, next + 1);
            return (items, i, end);
        }
        return ([], -1, -1);
    }

    private static int? NextLine(List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (lines[i].Length > 0) return i;
        return null;
    }

    private static bool IsAddressee(string line) =>
        line.Length < MaxAddresseeLength && !TitleReader.IsBodyStart(line) && !OutlineMarkers.IsStructural(line);
}
