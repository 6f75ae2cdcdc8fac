namespace HuuNghi.Documents.Writing.Docx;

/// <summary>The warning shown before sending a document whose characters the font lacks, Vietnamese then English.</summary>
internal static class FontCoverageMessage
{
    // A long list helps nobody: the first few characters and places say what to look for.
    private const int MaxCharacters = 8;
    private const int MaxPlaces = 5;

    public static string? Build(string fontName, IReadOnlyList<UncoveredCharacter> found)
    {
        if (found.Count == 0) return null;
        var characters = string.Join(", ", found.Take(MaxCharacters).Select(c => $"{c.Character} {c.Code} {c.Block}"))
            + (found.Count > MaxCharacters ? ", …" : "");
        var places = found.SelectMany(c => c.Places).Distinct().ToList();
        var vi = $"Văn bản có {found.Count} ký tự ngoài bộ phông {fontName} ({characters})"
            + Places(places, " tại ", p => p.Vi, more => $" và {more} chỗ khác")
            + ": Word và LibreOffice sẽ hiển thị chúng bằng phông khác.";
        var en = $"The document has {found.Count} character{(found.Count == 1 ? "" : "s")} outside {fontName} ({characters})"
            + Places(places, " in ", p => p.En, more => $" and {more} more place{(more == 1 ? "" : "s")}")
            + ": Word and LibreOffice will display them in another font.";
        return vi + " / " + en;
    }

    private static string Places(List<TextPlace> places, string lead, Func<TextPlace, string> name, Func<int, string> more)
    {
        if (places.Count == 0) return "";
        var shown = string.Join(", ", places.Take(MaxPlaces).Select(name));
        return lead + shown + (places.Count > MaxPlaces ? more(places.Count - MaxPlaces) : "");
    }
}
