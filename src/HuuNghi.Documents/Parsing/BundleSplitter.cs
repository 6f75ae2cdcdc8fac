namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Splits a file holding several documents (a dispatch, the letter it forwards, the plan attached) at each
/// national motto or Party header: every Decree 30 / Guidance 36 document carries exactly one. The issuer
/// lines printed above the motto belong to the new document.
/// </summary>
internal static class BundleSplitter
{
    private const string StateMotto = "cong hoa xa hoi chu nghia viet nam";
    private const string PartyMotto = "dang cong san viet nam";

    public static List<(int Start, int End)> Split(List<string> lines)
    {
        var mottos = new List<int>();
        for (var i = 0; i < lines.Count; i++)
            if (IsMotto(lines[i])) mottos.Add(i);
        var starts = new List<int> { 0 };
        for (var m = 1; m < mottos.Count; m++)
        {
            var start = HeaderStart(lines, mottos[m], starts[^1]);
            if (start > starts[^1]) starts.Add(start);
        }
        var ranges = new List<(int, int)>();
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : lines.Count;
            var from = starts[s];
            foreach (var attached in AttachmentStarts(lines, from, end))
            {
                ranges.Add((from, attached));
                from = attached;
            }
            ranges.Add((from, end));
        }
        return ranges;
    }

    /// <summary>
    /// A document that starts with its kind word and no letterhead: the programme or regulation a decision
    /// issues, printed after the signature with only "(Ban hành kèm theo Quyết định số …)" under its title.
    /// </summary>
    public static bool IsHeaderless(List<string> part)
    {
        var first = part.FindIndex(l => l.Length > 0);
        return first >= 0 && IsAttachmentHead(part, first);
    }

    // The document's own kind word comes first; a later kind-word line whose title is followed by an
    // attachment line starts a document of its own.
    private static IEnumerable<int> AttachmentStarts(List<string> lines, int start, int end)
    {
        var ownKindSeen = false;
        for (var i = start; i < end; i++)
        {
            if (lines[i].Length == 0 || !TextLines.IsCaps(lines[i]) || KindWords.FromKindLine(lines[i]) is null) continue;
            if (ownKindSeen && IsAttachmentHead(lines, i)) yield return i;
            ownKindSeen = true;
        }
    }

    private static bool IsAttachmentHead(List<string> lines, int kindAt)
    {
        if (!TextLines.IsCaps(lines[kindAt]) || KindWords.FromKindLine(lines[kindAt]) is null) return false;
        for (int i = kindAt + 1, seen = 0; i < lines.Count && seen < 4; i++)
        {
            if (lines[i].Length == 0) continue;
            if (TitleReader.IsAttachmentLine(lines[i])) return true;
            seen++;
        }
        return false;
    }

    public static bool IsMotto(string line)
    {
        var f = TextLines.Fold(line).Trim(' ', '.', ':');
        return f == StateMotto || f == PartyMotto;
    }

    // Walks back over the issuer's capital lines (and the blank lines between them) above the motto.
    private static int HeaderStart(List<string> lines, int motto, int floor)
    {
        var start = motto;
        for (var i = motto - 1; i > floor; i--)
        {
            if (lines[i].Length == 0) continue;
            if (!TextLines.IsCaps(lines[i]) || IsMotto(lines[i])) break;
            start = i;
        }
        return start;
    }
}
