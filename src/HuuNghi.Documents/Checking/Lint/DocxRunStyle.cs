using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// A run's effective font, size, bold, italic and underline as Word works them out: the run's own properties,
/// then its character style, the paragraph's style chain, the default paragraph style and the document
/// defaults. Theme fonts are looked up in the theme, since "+Body" is what many templates use.
/// </summary>
internal sealed class DocxRunStyle(MainDocumentPart main)
{
    private readonly Styles? styles = main.StyleDefinitionsPart?.Styles;

    public string? Font(Run run)
    {
        var fonts = Find<RunFonts>(run, f => f.Ascii is not null || f.HighAnsi is not null || f.AsciiTheme is not null || f.HighAnsiTheme is not null);
        if (fonts is null) return null;
        if (fonts.Ascii?.Value is { } ascii) return ascii;
        if (fonts.HighAnsi?.Value is { } hAnsi) return hAnsi;
        var theme = main.ThemePart?.Theme?.ThemeElements?.FontScheme;
        var major = fonts.AsciiTheme?.Value == ThemeFontValues.MajorHighAnsi || fonts.AsciiTheme?.Value == ThemeFontValues.MajorAscii;
        var face = major ? theme?.MajorFont?.LatinFont?.Typeface?.Value : theme?.MinorFont?.LatinFont?.Typeface?.Value;
        return face ?? "(theme)";
    }

    /// <summary>Points; Word's own default is 10 pt when nothing sets a size.</summary>
    public double Size(Run run) =>
        Find<FontSize>(run, s => s.Val is not null) is { Val.Value: var v } && double.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var half)
            ? half / 2 : 10;

    public bool Bold(Run run) => Find<Bold>(run, _ => true) is { } b && On(b.Val);

    public bool Italic(Run run) => Find<Italic>(run, _ => true) is { } i && On(i.Val);

    public bool Underlined(Run run) =>
        Find<Underline>(run, _ => true) is { } u && (u.Val is null || u.Val.Value != UnderlineValues.None);

    // <w:b/> with no value means on.
    private static bool On(OnOffValue? value) => value is null || value.Value;

    private T? Find<T>(Run run, Func<T, bool> sets) where T : OpenXmlElement
    {
        if (run.RunProperties?.GetFirstChild<T>() is { } own && sets(own)) return own;
        if (run.RunProperties?.RunStyle?.Val?.Value is { } runStyle && FromStyle(runStyle, sets) is { } fromRunStyle) return fromRunStyle;
        var paragraph = run.Ancestors<Paragraph>().FirstOrDefault();
        var paragraphStyle = paragraph?.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? DefaultParagraphStyle();
        if (paragraphStyle is not null && FromStyle(paragraphStyle, sets) is { } fromParagraph) return fromParagraph;
        var defaults = styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<T>();
        return defaults is not null && sets(defaults) ? defaults : null;
    }

    private T? FromStyle<T>(string styleId, Func<T, bool> sets) where T : OpenXmlElement
    {
        // basedOn chains are short; the bound guards against a loop in a hand-edited file.
        for (var (id, depth) = (styleId, 0); id is not null && depth < 12; depth++)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            if (style is null) return null;
            if (style.StyleRunProperties?.GetFirstChild<T>() is { } found && sets(found)) return found;
            id = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    private string? DefaultParagraphStyle() =>
        styles?.Elements<Style>().FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
}
