using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>
/// What a version changed against the one sent before it, paragraph by paragraph: a reviewer who returned a report
/// checks what came back without reading both in full. Lines are the report's blocks as text (a table row is one
/// line), matched by their longest common subsequence, so a moved paragraph shows as removed and added.
/// </summary>
public static class VersionChanges
{
    public enum Kind { Removed, Added }
    public sealed record Change(Kind Kind, string Text);

    /// <summary>Past this many lines a side, only the lines not found on the other side are listed (the table would not fit in memory well).</summary>
    private const int MaxLines = 2000;

    public static IReadOnlyList<Change> Between(OfficialDocument before, OfficialDocument after)
    {
        var (a, b) = (Lines(before), Lines(after));
        if (a.Count > MaxLines || b.Count > MaxLines)
        {
            var (inA, inB) = (a.ToHashSet(), b.ToHashSet());
            return [.. a.Where(l => !inB.Contains(l)).Select(l => new Change(Kind.Removed, l)), .. b.Where(l => !inA.Contains(l)).Select(l => new Change(Kind.Added, l))];
        }
        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        var changes = new List<Change>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y]) { x++; y++; }
            else if (y < b.Count && (x == a.Count || common[x, y + 1] >= common[x + 1, y])) changes.Add(new(Kind.Added, b[y++]));
            else changes.Add(new(Kind.Removed, a[x++]));
        }
        return changes;
    }

    private static List<string> Lines(OfficialDocument document)
    {
        var lines = new List<string>();
        if (document.Title is { } title) lines.Add(title);
        foreach (var block in document.Body)
            switch (block)
            {
                case Heading h: lines.Add(h.Text); break;
                case Paragraph p: lines.Add(Text(p.Inlines)); break;
                case Bullet l: lines.Add("- " + Text(l.Inlines)); break;
                case TableBlock t: lines.AddRange(t.Rows.Select(r => string.Join(" | ", r))); break;
            }
        return [.. lines.Where(l => l.Length > 0)];
    }

    private static string Text(IReadOnlyList<Inline> inlines) => string.Concat(inlines.OfType<TextRun>().Select(t => t.Text)).Trim();
}
