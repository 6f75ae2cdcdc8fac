namespace HuuNghi.Documents.Writing.Docx;

/// <summary>
/// Names for the scripts a font warning is likely to meet: the neighbours' scripts (Khmer, Lao, Thai, Chinese),
/// Vietnam's own minority scripts (Cham, Tai Viet), emoji. Anything else is named by its plane.
/// </summary>
internal static class UnicodeBlocks
{
    private static readonly (int First, int Last, string Name)[] Blocks =
    [
        (0x0000, 0x036F, "Latin"), (0x0370, 0x03FF, "Greek"), (0x0400, 0x052F, "Cyrillic"), (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"), (0x0600, 0x06FF, "Arabic"), (0x0700, 0x08FF, "Syriac, Thaana, Arabic Extended"),
        (0x0900, 0x097F, "Devanagari"), (0x0980, 0x0DFF, "Indic"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"),
        (0x0F00, 0x0FFF, "Tibetan"), (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"), (0x1100, 0x11FF, "Hangul Jamo"),
        (0x1200, 0x139F, "Ethiopic"), (0x13A0, 0x13FF, "Cherokee"), (0x1780, 0x17FF, "Khmer"), (0x1800, 0x18AF, "Mongolian"),
        (0x19E0, 0x19FF, "Khmer Symbols"), (0x1E00, 0x1EFF, "Latin Extended Additional"), (0x2000, 0x206F, "General Punctuation"),
        (0x20A0, 0x20CF, "Currency Symbols"), (0x2100, 0x214F, "Letterlike Symbols"), (0x2190, 0x21FF, "Arrows"),
        (0x2200, 0x22FF, "Mathematical Operators"), (0x2300, 0x23FF, "Miscellaneous Technical"),
        (0x2460, 0x24FF, "Enclosed Alphanumerics"), (0x2500, 0x257F, "Box Drawing"), (0x2580, 0x259F, "Block Elements"),
        (0x25A0, 0x25FF, "Geometric Shapes"), (0x2600, 0x26FF, "Miscellaneous Symbols"), (0x2700, 0x27BF, "Dingbats"),
        (0x2E80, 0x2FDF, "CJK Radicals"), (0x3000, 0x303F, "CJK Symbols and Punctuation"), (0x3040, 0x309F, "Hiragana"),
        (0x30A0, 0x30FF, "Katakana"), (0x3100, 0x312F, "Bopomofo"), (0x3130, 0x318F, "Hangul Compatibility Jamo"),
        (0x3400, 0x4DBF, "CJK Unified Ideographs Extension A"), (0x4E00, 0x9FFF, "CJK Unified Ideographs"), (0xA000, 0xA4CF, "Yi"),
        (0xAA00, 0xAA5F, "Cham"), (0xAA80, 0xAADF, "Tai Viet"), (0xAC00, 0xD7AF, "Hangul Syllables"),
        (0xE000, 0xF8FF, "Private Use Area"), (0xF900, 0xFAFF, "CJK Compatibility Ideographs"),
        (0xFE30, 0xFE4F, "CJK Compatibility Forms"), (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
        (0x1F000, 0x1FAFF, "Emoji"), (0x20000, 0x3FFFF, "CJK Unified Ideographs Extension"),
    ];

    public static string NameOf(int codePoint)
    {
        foreach (var (first, last, name) in Blocks)
        {
            if (codePoint < first) break;
            if (codePoint <= last) return name;
        }
        return codePoint > 0xFFFF ? "Supplementary plane" : "Other symbols";
    }
}
