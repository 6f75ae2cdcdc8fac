using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>Document defaults and the few styles the writer refers to.</summary>
internal static class WordStyles
{
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";

    public static void Add(MainDocumentPart main, DocumentLayout layout)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var size = DocumentLayout.PointsToHalfPoints(layout.BodyPoints).ToString();
        var noteSize = DocumentLayout.PointsToHalfPoints(layout.FootnotePoints).ToString();
        // All four font slots: Vietnamese letters with diacritics fall in hAnsi, and Word picks eastAsia/cs by script.
        var defaults = new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                Fonts(layout.FontName),
                new W.FontSize { Val = size },
                new W.FontSizeComplexScript { Val = size },
                new W.Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto })));

        var normal = new W.Style(
            new W.StyleName { Val = "Normal" },
            new W.PrimaryStyle(),
            new W.StyleRunProperties(Fonts(layout.FontName), new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }))
        { Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true };

        var noteText = new W.Style(
            new W.StyleName { Val = "footnote text" },
            new W.BasedOn { Val = "Normal" },
            new W.StyleParagraphProperties(
                new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                new W.Justification { Val = W.JustificationValues.Both }),
            new W.StyleRunProperties(new W.FontSize { Val = noteSize }, new W.FontSizeComplexScript { Val = noteSize }))
        { Type = W.StyleValues.Paragraph, StyleId = FootnoteText };

        var noteReference = new W.Style(
            new W.StyleName { Val = "footnote reference" },
            new W.StyleRunProperties(new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript }))
        { Type = W.StyleValues.Character, StyleId = FootnoteReference };

        part.Styles = new W.Styles(defaults, normal, noteText, noteReference);
    }

    private static W.RunFonts Fonts(string name) =>
        new() { Ascii = name, HighAnsi = name, ComplexScript = name, EastAsia = name };
}
