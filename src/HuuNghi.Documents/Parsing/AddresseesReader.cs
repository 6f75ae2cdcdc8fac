namespace HuuNghi.Documents.Parsing;

/// <summary>"Kính gửi:" — one addressee on the line, or a dashed list under (or beside) it.</summary>
internal static class AddresseesReader
{
    /// <summary>Returns the addressees and the index of the line after the list (or -1 when there is none).</summary>
    public static (List<string> Items, int Start, int End) Read(List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!TextLines.FoldStarts(lines[i], "kinh gui")) continue;
            var colon = lines[i].IndexOf(':');
            var first = colon >= 0 ? lines[i][(colon + 1)..].Trim() : lines[i][8..].Trim();
            var (items, end) = DashedList.Read(lines, i + 1, to, first);
            return (items, i, end);
        }
        return ([], -1, -1);
    }
}
