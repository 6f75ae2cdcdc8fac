using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Writing.Docx;

/// <summary>Run and paragraph factories that emit properties in the order the WordprocessingML schema demands.</summary>
internal static class WordText
{
    public static Run Run(string text, double points, bool bold = false, bool italic = false, bool underline = false)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold(), new BoldComplexScript());
        if (italic) props.Append(new Italic(), new ItalicComplexScript());
        var size = DocumentLayout.PointsToHalfPoints(points).ToString();
        props.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        if (underline) props.Append(new Underline { Val = UnderlineValues.Single });
        var run = new Run(props);
        AppendText(run, text);
        return run;
    }

    /// <summary>Line breaks inside a value become real breaks; characters XML cannot carry are dropped, not fatal.</summary>
    public static void AppendText(Run run, string text)
    {
        var lines = Clean(text).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i].TrimEnd('\r')) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        }
    }

    /// <summary>
    /// Keeps every character XML 1.0 allows (emoji, Khmer, anything the font lacks falls back at render time) and drops
    /// control characters and broken surrogates, which would make the package unreadable. Composes to NFC because
    /// decomposed Vietnamese tone marks (from PDFs and old input methods) render detached from their letters.
    /// </summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') continue;
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r') continue;
            sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    public static ParagraphProperties Props(
        JustificationValues justification,
        double beforePt = 0,
        double afterPt = 0,
        double? line = null,
        int firstLineTwips = 0,
        int leftTwips = 0,
        int rightTwips = 0,
        bool keepNext = false,
        string? styleId = null)
    {
        var props = new ParagraphProperties();
        if (styleId is not null) props.Append(new ParagraphStyleId { Val = styleId });
        if (keepNext) props.Append(new KeepNext());
        var spacing = new SpacingBetweenLines
        {
            Before = DocumentLayout.PointsToTwips(beforePt).ToString(),
            After = DocumentLayout.PointsToTwips(afterPt).ToString(),
        };
        if (line is { } multiple)
        {
            spacing.Line = ((int)Math.Round(multiple * 240)).ToString();
            spacing.LineRule = LineSpacingRuleValues.Auto;
        }
        props.Append(spacing);
        if (firstLineTwips != 0 || leftTwips != 0 || rightTwips != 0)
        {
            // Unset sides must be absent: an empty attribute is invalid, not "zero".
            var indentation = new Indentation();
            if (firstLineTwips != 0) indentation.FirstLine = firstLineTwips.ToString();
            if (leftTwips != 0) indentation.Left = leftTwips.ToString();
            if (rightTwips != 0) indentation.Right = rightTwips.ToString();
            props.Append(indentation);
        }
        props.Append(new Justification { Val = justification });
        return props;
    }

    public static DocumentFormat.OpenXml.Wordprocessing.Paragraph Centered(
        string text, double points, bool bold = false, bool italic = false, bool underline = false, double beforePt = 0) =>
        new(Props(JustificationValues.Center, beforePt: beforePt), Run(text, points, bold, italic, underline));

    /// <summary>
    /// A short centred line as Decree 30 draws under the issuer and the title: an empty paragraph whose bottom border,
    /// squeezed by indents, gives the length.
    /// </summary>
    public static DocumentFormat.OpenXml.Wordprocessing.Paragraph Rule(int sideIndentTwips)
    {
        var props = new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1 }),
            new SpacingBetweenLines { Before = "0", After = "0", Line = "60", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = sideIndentTwips.ToString(), Right = sideIndentTwips.ToString() },
            new Justification { Val = JustificationValues.Center });
        return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(props);
    }

    public static string ToUpperVi(string text) => text.ToUpper(VietnameseCulture);

    private static readonly System.Globalization.CultureInfo VietnameseCulture = new("vi-VN");
}
