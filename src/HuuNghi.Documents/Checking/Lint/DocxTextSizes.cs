using DocumentFormat.OpenXml.Wordprocessing;
using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// Sizes and emphasis of the letterhead lines, "Nơi nhận" and the body, each paragraph judged by its main run
/// (the one holding most of its text). One finding per kind of line, with how many lines break the rule.
/// </summary>
internal sealed class DocxTextSizes(DocxRunStyle style, DocxParagraphLayout paragraphs)
{
    private sealed record Line(Paragraph Paragraph, string Text, Run Run, int Number);

    private sealed record Part(string Vi, string En, double Min, double Max, bool? Bold, bool? Italic, bool Underline, string Severity);

    private static readonly Part Motto = new("quốc hiệu", "national motto", 12, 13, true, null, false, LintSeverity.Error);
    private static readonly Part Tagline = new("tiêu ngữ", "tagline", 13, 14, true, null, true, LintSeverity.Error);
    private static readonly Part PlaceDate = new("địa danh và thời gian", "place and date", 13, 14, null, true, false, LintSeverity.Error);
    private static readonly Part Recipients = new("dòng \"Nơi nhận:\"", "\"Nơi nhận:\" line", 12, 12, true, true, false, LintSeverity.Warning);
    private static readonly Part RecipientList = new("danh sách nơi nhận", "distribution list", 11, 11, null, null, false, LintSeverity.Warning);
    private static readonly Part KindWord = new("tên loại văn bản", "kind of document", 13, 14, true, null, false, LintSeverity.Error);
    private static readonly Part Reference = new("số, ký hiệu", "number and symbol", 13, 13, null, null, false, LintSeverity.Warning);
    private static readonly Part Authority = new("quyền hạn, chức vụ người ký", "signer's authority and position", 13, 14, true, null, false, LintSeverity.Error);
    private static readonly Part Body = new("nội dung", "body text", 13, 14, null, null, false, LintSeverity.Error);

    private static readonly string[] AuthorityPrefixes = ["TM. ", "KT. ", "TL. ", "TUQ. ", "Q. ", "T/M ", "K/T ", "T/L "];

    public IEnumerable<LintFinding> Run(Body body)
    {
        var lines = Lines(body).ToList();
        var byPart = new List<(Part Part, Line Line)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var fold = DocxLayoutRules.Fold(line.Text);
            if (fold == "cong hoa xa hoi chu nghia viet nam") byPart.Add((Motto, line));
            else if (fold.StartsWith("doc lap", StringComparison.Ordinal) && fold.Length < 40) byPart.Add((Tagline, line));
            else if (DateReader.ReadPlaceLine(line.Text) is not null && line.Text.Length < 100) byPart.Add((PlaceDate, line));
            else if (fold.StartsWith("noi nhan", StringComparison.Ordinal) && fold.Length < 12)
            {
                byPart.Add((Recipients, line));
                var cell = line.Paragraph.Ancestors<TableCell>().FirstOrDefault();
                for (var j = i + 1; j < lines.Count && lines[j].Text.TrimStart().StartsWith('-'); j++)
                    if (lines[j].Paragraph.Ancestors<TableCell>().FirstOrDefault() == cell) byPart.Add((RecipientList, lines[j]));
            }
            else if (TextLines.IsCaps(line.Text) && KindWords.FromKindLine(line.Text) is not null) byPart.Add((KindWord, line));
            else if (line.Text.StartsWith("Số", StringComparison.Ordinal) && ReferenceReader.Read(line.Text) is not null) byPart.Add((Reference, line));
            else if (AuthorityPrefixes.Any(p => line.Text.StartsWith(p, StringComparison.Ordinal)) && TextLines.IsCaps(line.Text)) byPart.Add((Authority, line));
            // Centred lines are the title and the annex's "(Kèm theo …)"; the body is never centred.
            else if (!line.Paragraph.Ancestors<Table>().Any() && line.Text.Length >= 80 && !TextLines.IsCaps(line.Text) && !Centred(line.Paragraph))
                byPart.Add((Body, line));
        }
        var bodyLines = byPart.Where(p => p.Part == Body).Select(p => (p.Line.Paragraph, p.Line.Number, p.Line.Text)).ToList();
        foreach (var finding in paragraphs.Run(bodyLines)) yield return finding;
        foreach (var group in byPart.GroupBy(p => p.Part))
        {
            var part = group.Key;
            var sizeOff = group.Where(p => style.Size(p.Line.Run) is var s && (s < part.Min || s > part.Max)).Select(p => p.Line).ToList();
            if (sizeOff.Count > 0)
            {
                var first = sizeOff[0];
                var range = part.Min == part.Max ? $"{part.Min:0} pt" : $"{part.Min:0}–{part.Max:0} pt";
                yield return LintTarget.Finding(LintRules.FontSize, part.Severity, Where(part, first, sizeOff.Count), $"{style.Size(first.Run):0.#} pt", range,
                    $"Cỡ chữ của {part.Vi} phải là {range}", $"The {part.En} must be set in {range}");
            }
            var emphasisOff = group.Select(p => p.Line).Where(l => !Emphasis(part, l.Run)).ToList();
            if (emphasisOff.Count > 0)
            {
                var wanted = Wanted(part);
                yield return LintTarget.Finding(LintRules.FontStyle, part.Severity, Where(part, emphasisOff[0], emphasisOff.Count),
                    Described(emphasisOff[0].Run), wanted.En, $"{Cap(part.Vi)} phải trình bày {wanted.Vi}", $"The {part.En} must be {wanted.En}");
            }
        }
    }

    private bool Emphasis(Part part, Run run) =>
        (part.Bold is not { } b || style.Bold(run) == b) && (part.Italic is not { } i || style.Italic(run) == i)
        && (!part.Underline || style.Underlined(run));

    private static (string Vi, string En) Wanted(Part part)
    {
        var vi = new List<string>();
        var en = new List<string>();
        if (part.Bold == true) { vi.Add("chữ đậm"); en.Add("bold"); }
        if (part.Italic == true) { vi.Add("chữ nghiêng"); en.Add("italic"); }
        if (part.Underline) { vi.Add("có gạch chân"); en.Add("underlined"); }
        return (string.Join(", ", vi), string.Join(", ", en));
    }

    private string Described(Run run)
    {
        var parts = new List<string> { style.Bold(run) ? "bold" : "regular" };
        if (style.Italic(run)) parts.Add("italic");
        if (style.Underlined(run)) parts.Add("underlined");
        return string.Join(", ", parts);
    }

    private static string Where(Part part, Line line, int count)
    {
        var sample = DocxLayoutRules.Snippet(line.Text);
        var more = count > 1 ? $" (+{count - 1})" : "";
        return $"{part.Vi}, đoạn {line.Number}{more} \"{sample}\" / {part.En}, paragraph {line.Number}{more}";
    }

    private static bool Centred(Paragraph p) => p.ParagraphProperties?.Justification?.Val?.Value == JustificationValues.Center;

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static IEnumerable<Line> Lines(Body body)
    {
        var number = 0;
        foreach (var p in body.Descendants<Paragraph>())
        {
            number++;
            var runs = p.Elements<Run>().Where(r => r.InnerText.Trim().Length > 0).ToList();
            if (runs.Count == 0) continue;
            yield return new Line(p, p.InnerText.Trim(), runs.MaxBy(r => r.InnerText.Length)!, number);
        }
    }
}
