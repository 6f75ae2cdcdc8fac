namespace HuuNghi.Documents.Parsing;

/// <summary>"Nơi nhận:" and its dashed list, ending (by Decree 30) with "Lưu: VT, …".</summary>
internal static class DistributionReader
{
    /// <summary>The list and the index of its "Nơi nhận" line (-1 when the document has none).</summary>
    public static (List<string> Items, int At, int End) Read(List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!TextLines.FoldStarts(lines[i], "noi nhan")) continue;
            var colon = lines[i].IndexOf(':');
            var first = colon >= 0 ? lines[i][(colon + 1)..].Trim() : "";
            var (items, end) = DashedList.Read(lines, i + 1, to, first);
            return (items, i, end);
        }
        return ([], -1, -1);
    }
}
