namespace HuuNghi.Documents.Parsing;

/// <summary>A numbered or lettered item of a section, with the paragraphs that follow it.</summary>
internal sealed class OutlineItem(string path, string text, OutlineItem? parent)
{
    public string Path { get; } = path;
    public string Text { get; } = text;
    public OutlineItem? Parent { get; } = parent;
    public List<string> Content { get; } = [];
    public bool HasChildren { get; set; }
}

/// <summary>Reads a section's blocks into items: "1.", "1.1.", "a)" and what follows each.</summary>
internal static class OutlineItems
{
    public static List<OutlineItem> Read(IEnumerable<string> blocks)
    {
        var items = new List<OutlineItem>();
        OutlineItem? numbered = null, current = null;
        foreach (var block in blocks)
        {
            if (OutlineMarkers.ReadNumbered(block) is { } n)
            {
                numbered = current = new OutlineItem(n.Path, n.Text, null);
                items.Add(current);
            }
            else if (OutlineMarkers.ReadLettered(block) is { } l)
            {
                var path = numbered is null ? l.Letter : numbered.Path + "." + l.Letter;
                current = new OutlineItem(path, l.Text, numbered);
                items.Add(current);
            }
            else current?.Content.Add(block);
        }
        // Every proper prefix of a path ("2" and "2.3" for "2.3.a") is a parent; one pass keeps long plans linear.
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            for (var dot = item.Path.IndexOf('.'); dot > 0; dot = item.Path.IndexOf('.', dot + 1))
                parents.Add(item.Path[..dot]);
        foreach (var item in items) item.HasChildren = parents.Contains(item.Path);
        return items;
    }
}
