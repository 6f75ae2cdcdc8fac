using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>"Nơi nhận:" and its dashed list, ending (by Decree 30) with "Lưu: VT, …".</summary>
internal static partial class DistributionReader
{
    private const int MaxItemLength = 120;

    // Some copies drop the dashes: take the short lines that end like list items, up to the "Lưu" line.
    private static (List<string> Items, int End) Undashed(List<string> lines, int from, int to, List<string> dashed, int dashedEnd)
    {
        if (dashed.Count > 0) return (dashed, dashedEnd);
        var items = new List<string>();
        var end = from;
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (line.Length > MaxItemLength || TextLines.IsCaps(line) || !(line.EndsWith(';') || line.EndsWith(',') || line.EndsWith('.')))
                break;
            items.Add(TextLines.CleanItem(line));
            end = i + 1;
            if (TextLines.FoldStarts(line, "luu")) break;
        }
        return (items, end);
    }

    /// <summary>The list and the index of its "Nơi nhận" line (-1 when the document has none).</summary>
    public static (List<string> Items, int At, int End) Read(List<string> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!TextLines.FoldStarts(lines[i], "noi nhan")) continue;
            var colon = lines[i].IndexOf(':');
            var first = colon >= 0 ? lines[i][(colon + 1)..].Trim() : "";
            var (items, end) = DashedList.Read(lines, i + 1, to, "");
            // A website copy runs the items on after the label: "Nơi nhận:- Như trên;- TTg, các PTTg;- …".
            items.InsertRange(0, ItemRun().Split(first).Select(TextLines.CleanItem).Where(s => s.Length > 0));
            if (items.Count <= 1 && first.Length == 0) (items, end) = Undashed(lines, i + 1, to, items, end);
            return (items, i, end);
        }
        return ([], -1, -1);
    }

    [GeneratedRegex(@";\s*(?=[-–+•])")]
    private static partial Regex ItemRun();
}
