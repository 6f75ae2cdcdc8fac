namespace HuuNghi.Documents.Parsing;

/// <summary>A list of "- item;" lines (blank lines allowed between), as under "Kính gửi" and "Nơi nhận".</summary>
internal static class DashedList
{
    public static (List<string> Items, int End) Read(List<string> lines, int from, int to, string firstOnLine)
    {
        var items = new List<string>();
        if (firstOnLine.Length > 0) items.Add(TextLines.CleanItem(firstOnLine));
        var i = from;
        var lastItem = from;
        var raw = firstOnLine;
        for (; i < to; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (line[0] is not ('-' or '–' or '+' or '•'))
            {
                // "- Các sở, ban, ngành, đoàn thể" / "tỉnh;": an item wrapped in a narrow column runs on below
                // until it closes with ";" or ".".
                if (items.Count == 0 || lastItem != i || !IsOpen(lines[i - 1]) || !IsContinuation(line)) break;
                raw += " " + line;
                items[^1] = TextLines.CleanItem(raw);
                lastItem = i + 1;
                continue;
            }
            raw = line;
            items.Add(TextLines.CleanItem(line));
            lastItem = i + 1;
        }
        items.RemoveAll(s => s.Length == 0);
        return (items, items.Count == 0 ? from : Math.Max(lastItem, from));
    }

    private static bool IsOpen(string line) => !(line.EndsWith(';') || line.EndsWith('.') || line.EndsWith(':'));

    private static bool IsContinuation(string line) =>
        line.Length < 80 && char.IsLower(line[0]) && !TextLines.IsCaps(line);
}
