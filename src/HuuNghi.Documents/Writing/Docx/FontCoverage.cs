using System.Globalization;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// Which characters a font draws itself. The writer keeps every character (Khmer names, emoji), but a character
/// the font lacks is drawn by Word or LibreOffice in some other font, so a unit may want to know before it sends.
/// </summary>
public sealed class FontCoverage
{
    // Times New Roman as shipped with Windows 10/11 (Liberation Serif is metric-compatible and covers the same
    // letters), after the font's published character set: whole blocks where the font has (nearly) all of them,
    // single points where it has only the WGL4 symbols. Ranges are inclusive and sorted.
    private static readonly (int First, int Last)[] TimesNewRomanRanges =
    [
        (0x0020, 0x007E), // Basic Latin
        (0x00A0, 0x024F), // Latin-1 Supplement, Latin Extended-A and -B
        (0x0250, 0x02FF), // IPA Extensions, Spacing Modifier Letters
        (0x0300, 0x036F), // Combining Diacritical Marks: the Vietnamese tone marks of decomposed text
        (0x0370, 0x03FF), // Greek and Coptic
        (0x0400, 0x052F), // Cyrillic and Cyrillic Supplement
        (0x0590, 0x05FF), // Hebrew
        (0x0600, 0x06FF), // Arabic
        (0x1E00, 0x1EFF), // Latin Extended Additional: Vietnamese precomposed letters
        (0x1F00, 0x1FFF), // Greek Extended
        (0x2000, 0x206F), // General Punctuation
        (0x2070, 0x209F), // Superscripts and Subscripts
        (0x20A0, 0x20C0), // Currency Symbols, ₫ and € among them
        (0x2100, 0x214F), // Letterlike Symbols (№, ™, ℓ, Ω)
        (0x2150, 0x218F), // Number Forms (⅓, Roman numerals)
        (0x2190, 0x2195), (0x21A8, 0x21A8), // Arrows
        (0x2202, 0x2202), (0x2206, 0x2206), (0x220F, 0x220F), (0x2211, 0x2212), (0x2215, 0x2215), (0x2219, 0x221A),
        (0x221E, 0x221F), (0x2229, 0x2229), (0x222B, 0x222B), (0x2248, 0x2248), (0x2260, 0x2261), (0x2264, 0x2265), // Mathematical Operators
        (0x2302, 0x2302), (0x2310, 0x2310), (0x2320, 0x2321), // Miscellaneous Technical
        (0x2500, 0x257F), // Box Drawing
        (0x2580, 0x2580), (0x2584, 0x2584), (0x2588, 0x2588), (0x258C, 0x258C), (0x2590, 0x2593), // Block Elements
        (0x25A0, 0x25A1), (0x25AA, 0x25AC), (0x25B2, 0x25B2), (0x25BA, 0x25BA), (0x25BC, 0x25BC), (0x25C4, 0x25C4),
        (0x25CA, 0x25CB), (0x25CF, 0x25CF), (0x25D8, 0x25D9), (0x25E6, 0x25E6), // Geometric Shapes
        (0x263A, 0x263C), (0x2640, 0x2640), (0x2642, 0x2642), (0x2660, 0x2660), (0x2663, 0x2663), (0x2665, 0x2666),
        (0x266A, 0x266B), // Miscellaneous Symbols
        (0xFB00, 0xFB4F), // Alphabetic Presentation Forms (ﬁ, ﬂ, Hebrew)
        (0xFB50, 0xFDFF), (0xFE70, 0xFEFF), // Arabic Presentation Forms-A and -B
        (0xFFFC, 0xFFFD), // Object Replacement, Replacement Character
    ];

    public static FontCoverage TimesNewRoman { get; } = new("Times New Roman", TimesNewRomanRanges);

    private readonly (int First, int Last)[] ranges;

    private FontCoverage(string fontName, (int First, int Last)[] ranges)
    {
        FontName = fontName;
        this.ranges = ranges;
    }

    public string FontName { get; }

    public bool Covers(int codePoint)
    {
        // Controls, format characters (zero-width joiner, soft hyphen) and variation selectors are never drawn.
        if (IsNeverDrawn(codePoint)) return true;
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < ranges[mid].First) hi = mid - 1;
            else if (codePoint > ranges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>The distinct characters of <paramref name="text"/> the font lacks, in order of first appearance.</summary>
    public IReadOnlyList<UncoveredCharacter> Outside(string text) => Collect([(text, null)]);

    /// <summary>Every character of the document the font lacks, with the places it occurs.</summary>
    public IReadOnlyList<UncoveredCharacter> Outside(OfficialDocument document) => Collect(DocumentTexts.Of(document));

    /// <summary>The bilingual warning for <paramref name="found"/>, or null when there is nothing to warn about.</summary>
    public string? Message(IReadOnlyList<UncoveredCharacter> found) => FontCoverageMessage.Build(FontName, found);

    private List<UncoveredCharacter> Collect(IEnumerable<(string Text, TextPlace? Place)> texts)
    {
        var order = new List<int>();
        var places = new Dictionary<int, List<TextPlace>>();
        foreach (var (text, place) in texts)
        {
            for (var i = 0; i < text.Length; i++)
            {
                int codePoint = text[i];
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    codePoint = char.ConvertToUtf32(text[i], text[++i]);
                else if (char.IsSurrogate(text[i])) continue; // the writer drops broken pairs
                if (Covers(codePoint)) continue;
                if (!places.TryGetValue(codePoint, out var where))
                {
                    places[codePoint] = where = [];
                    order.Add(codePoint);
                }
                if (place is not null && !where.Contains(place)) where.Add(place);
            }
        }
        return order.Select(c => new UncoveredCharacter(char.ConvertFromUtf32(c), c, UnicodeBlocks.NameOf(c), places[c])).ToList();
    }

    private static bool IsNeverDrawn(int codePoint) =>
        codePoint is < 0x20 or (>= 0x7F and < 0xA0) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0000 and <= 0xE01EF)
        || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format;
}

/// <summary>A character a font lacks: the character itself (a surrogate pair kept whole), its code point and block.</summary>
public sealed record UncoveredCharacter(string Character, int CodePoint, string Block, IReadOnlyList<TextPlace> Places)
{
    /// <summary>"U+1780".</summary>
    public string Code => $"U+{CodePoint:X4}";
}

/// <summary>Where in a document a text stands, named for the user in Vietnamese and English ("Chú thích 3" / "footnote 3").</summary>
public sealed record TextPlace(string Vi, string En)
{
    public override string ToString() => Vi;
}
