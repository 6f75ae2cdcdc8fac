using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>The package parts around the body: headers with the page number, footnotes, settings.</summary>
internal static class WordParts
{
    /// <summary>Returns the relationship ids of the default header (PAGE field, top centre) and the empty first-page one.</summary>
    public static (string DefaultId, string FirstId) AddHeaders(MainDocumentPart main, DocumentLayout layout)
    {
        var size = Math.Max(13, Math.Min(14, layout.BodyPoints));
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new W.Header(new W.Paragraph(
            WordText.Props(W.JustificationValues.Center),
            FieldRun(size, new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            FieldRun(size, new W.FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            FieldRun(size, new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            WordText.Run("2", size),
            FieldRun(size, new W.FieldChar { FieldCharType = W.FieldCharValues.End })));

        var first = main.AddNewPart<HeaderPart>();
        first.Header = new W.Header(new W.Paragraph(WordText.Props(W.JustificationValues.Center)));
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    private static W.Run FieldRun(double points, DocumentFormat.OpenXml.OpenXmlElement content)
    {
        var size = DocumentLayout.PointsToHalfPoints(points).ToString();
        return new W.Run(new W.RunProperties(new W.FontSize { Val = size }, new W.FontSizeComplexScript { Val = size }), content);
    }

    public static FootnotesPart AddFootnotes(MainDocumentPart main)
    {
        var part = main.AddNewPart<FootnotesPart>();
        part.Footnotes = new W.Footnotes(
            new W.Footnote(new W.Paragraph(
                new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
                new W.Run(new W.SeparatorMark())))
            { Type = W.FootnoteEndnoteValues.Separator, Id = -1 },
            new W.Footnote(new W.Paragraph(
                new W.ParagraphProperties(new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }),
                new W.Run(new W.ContinuationSeparatorMark())))
            { Type = W.FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return part;
    }

    public static void AddSettings(MainDocumentPart main)
    {
        var part = main.AddNewPart<DocumentSettingsPart>();
        part.Settings = new W.Settings(
            new W.DefaultTabStop { Val = 720 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
            new W.FootnoteDocumentWideProperties(
                new W.FootnoteSpecialReference { Id = -1 },
                new W.FootnoteSpecialReference { Id = 0 }),
            // Without compatibility mode 15 Word opens the file in "compatibility mode" and may lay it out differently.
            new W.Compatibility(new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }));
    }
}
