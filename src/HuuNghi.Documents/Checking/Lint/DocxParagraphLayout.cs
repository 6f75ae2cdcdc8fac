using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// Body paragraphs as Decree 30's Appendix I lays them: justified, first line indented 1–1.27 cm, at least 6 pt
/// between paragraphs, line spacing from single to 1.5 lines. Each property is looked up through the paragraph,
/// its style chain and the document defaults, attribute by attribute, as Word does. Warnings: a house style
/// may differ a little, and the decree's sizes (the errors) matter more.
/// </summary>
internal sealed class DocxParagraphLayout(MainDocumentPart main)
{
    private const int IndentMinTwips = 567, IndentMaxTwips = 720, Slack = 10;
    private readonly Styles? styles = main.StyleDefinitionsPart?.Styles;

    public IEnumerable<LintFinding> Run(IReadOnlyList<(Paragraph Paragraph, int Number, string Text)> body)
    {
        if (body.Count == 0) yield break;
        var notJustified = body.Where(p => Value<Justification>(p.Paragraph, j => j.Val is not null)?.Val?.Value is not { } v
            || (v != JustificationValues.Both && v != JustificationValues.Distribute)).ToList();
        if (notJustified.Count > 0)
            yield return Finding(notJustified, "căn đều hai bên", "justified", Describe(Value<Justification>(notJustified[0].Paragraph, j => j.Val is not null)?.Val?.Value),
                "Nội dung văn bản căn đều hai lề", "The body is justified on both margins");
        var badIndent = body.Where(p => FirstLine(p.Paragraph) is var t && (t < IndentMinTwips - Slack || t > IndentMaxTwips + Slack)).ToList();
        if (badIndent.Count > 0)
            yield return Finding(badIndent, "1–1,27 cm", "1–1.27 cm", $"{FirstLine(badIndent[0].Paragraph) * 2.54 / 1440:0.##} cm",
                "Đầu dòng lùi vào 1–1,27 cm", "The first line is indented 1–1.27 cm");
        var tight = body.Where(p => Twips(p.Paragraph, s => s.Before) + Twips(p.Paragraph, s => s.After) < 120 - Slack).ToList();
        if (tight.Count > 0)
            yield return Finding(tight, "≥ 6 pt", "≥ 6 pt", $"{(Twips(tight[0].Paragraph, s => s.Before) + Twips(tight[0].Paragraph, s => s.After)) / 20.0:0.#} pt",
                "Khoảng cách giữa các đoạn văn tối thiểu 6 pt", "Paragraphs are at least 6 pt apart");
        var spacing = body.Where(p => LineMultiple(p.Paragraph) is { } m && (m < 0.99 || m > 1.51)).ToList();
        if (spacing.Count > 0)
            yield return Finding(spacing, "1–1,5 dòng", "1–1.5 lines", $"{LineMultiple(spacing[0].Paragraph):0.##}",
                "Khoảng cách giữa các dòng từ một dòng đơn đến 1,5 dòng", "Line spacing runs from single to 1.5 lines");
    }

    private static LintFinding Finding(List<(Paragraph Paragraph, int Number, string Text)> off, string expectedVi, string expectedEn, string found, string vi, string en)
    {
        var first = off[0];
        var more = off.Count > 1 ? $" (+{off.Count - 1})" : "";
        var sample = DocxLayoutRules.Snippet(first.Text);
        return LintTarget.Finding(LintRules.Paragraph, LintSeverity.Warning, $"nội dung, đoạn {first.Number}{more} \"{sample}\" / body text, paragraph {first.Number}{more}",
            found, expectedVi == expectedEn ? expectedEn : $"{expectedVi} / {expectedEn}", vi, en);
    }

    // OpenXml's enum structs print their type name; the XML value is what a reader recognises.
    private static string Describe(JustificationValues? value) => value is IEnumValue v ? v.Value : "left";

    private int FirstLine(Paragraph p)
    {
        var indent = Value<Indentation>(p, i => i.FirstLine is not null || i.Hanging is not null);
        if (indent?.Hanging?.Value is { } hanging && int.TryParse(hanging, out var h)) return -h;
        return indent?.FirstLine?.Value is { } first && int.TryParse(first, out var f) ? f : 0;
    }

    private int Twips(Paragraph p, Func<SpacingBetweenLines, StringValue?> attribute) =>
        Value<SpacingBetweenLines>(p, s => attribute(s) is not null) is { } s && int.TryParse(attribute(s)!.Value, out var t) ? t : 0;

    /// <summary>Multiples of a line for "auto" spacing; null for exact or at-least spacing, which are in points.</summary>
    private double? LineMultiple(Paragraph p)
    {
        var line = Value<SpacingBetweenLines>(p, s => s.Line is not null);
        if (line?.Line?.Value is not { } value || !int.TryParse(value, out var twips)) return 1;
        var rule = Value<SpacingBetweenLines>(p, s => s.LineRule is not null)?.LineRule?.Value;
        return rule is null || rule == LineSpacingRuleValues.Auto ? twips / 240.0 : null;
    }

    private T? Value<T>(Paragraph p, Func<T, bool> sets) where T : OpenXmlElement
    {
        if (p.ParagraphProperties?.GetFirstChild<T>() is { } own && sets(own)) return own;
        var id = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value
            ?? styles?.Elements<Style>().FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        for (var depth = 0; id is not null && depth < 12; depth++)
        {
            var style = styles?.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
            if (style?.StyleParagraphProperties?.GetFirstChild<T>() is { } found && sets(found)) return found;
            id = style?.BasedOn?.Val?.Value;
        }
        var defaults = styles?.DocDefaults?.ParagraphPropertiesDefault?.ParagraphPropertiesBaseStyle?.GetFirstChild<T>();
        return defaults is not null && sets(defaults) ? defaults : null;
    }
}
