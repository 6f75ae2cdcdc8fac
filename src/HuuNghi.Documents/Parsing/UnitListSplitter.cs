namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Splits a list of units as the contract asks: on ";", and on "," or "và" between distinct bodies. A named
/// body (capitalised) starts a new entry; "các …" starts one after a named body or after a shared prefix
/// ("Các Đảng đoàn: Mặt trận …, các tổ chức …"), but not inside a collective list of kinds ("Các cơ quan,
/// đơn vị, các thôn trên địa bàn xã"). A joint office ("Văn phòng HĐND và UBND") is one body.
/// </summary>
internal static class UnitListSplitter
{
    public static List<string> Split(string text)
    {
        var units = new List<string>();
        foreach (var part in text.Split(';'))
        {
            var p = TextLines.CleanItem(part);
            if (p.Length > 0) units.AddRange(SplitPart(p));
        }
        return units;
    }

    private static IEnumerable<string> SplitPart(string part)
    {
        var (chunks, separators) = Chunk(part);
        var current = chunks[0];
        for (var i = 1; i < chunks.Count; i++)
        {
            if (StartsNew(current, chunks[i], separators[i - 1]))
            {
                yield return TextLines.CleanItem(current);
                current = chunks[i];
            }
            else current += separators[i - 1] + chunks[i];
        }
        yield return TextLines.CleanItem(current);
    }

    private static bool StartsNew(string current, string next, string separator)
    {
        if (separator == " và " && current.StartsWith("Văn phòng", StringComparison.Ordinal)) return false;
        if (next.StartsWith("các ", StringComparison.OrdinalIgnoreCase))
            return current.Contains(':') || !current.StartsWith("Các ", StringComparison.OrdinalIgnoreCase);
        return next.Length > 0 && char.IsUpper(next[0]);
    }

    private static (List<string> Chunks, List<string> Separators) Chunk(string part)
    {
        var chunks = new List<string>();
        var separators = new List<string>();
        var start = 0;
        for (var i = 0; i < part.Length; i++)
        {
            string? sep = null;
            if (part[i] == ',' && i + 1 < part.Length && part[i + 1] == ' ') sep = ", ";
            else if (string.CompareOrdinal(part, i, " và ", 0, 4) == 0) sep = " và ";
            if (sep is null) continue;
            chunks.Add(part[start..i]);
            separators.Add(sep);
            start = i + sep.Length;
            i = start - 1;
        }
        chunks.Add(part[start..]);
        return (chunks, separators);
    }
}
