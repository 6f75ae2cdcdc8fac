using System.Text.RegularExpressions;
using HuuNghi.Documents.Writing.Docx;
using static HuuNghi.Core.Features.ReportWriter.ReportNumbers;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>Lays a <see cref="ReportContent"/> out as the document an official signs: Decree 30/2020 via the DOCX writer.</summary>
public static partial class ReportDocument
{
    public static OfficialDocument Build(ReportContent report)
    {
        var h = report.Letterhead;
        var body = new List<DocumentBlock> { new Paragraph(report.Opening) };
        foreach (var section in report.Sections)
        {
            body.Add(new Heading(1, section.Heading));
            if (section.Role == SectionRole.Results)
            {
                body.AddRange(ResultsSection.Blocks(report));
                body.AddRange(Narrative(section.Text, emptyNote: false));
                // The table a receiver adds up sits with the results, before the signature that closes the text.
                if (report.Consolidation is { } c) body.AddRange(ConsolidationSection.AnnexPointer(c));
                else if (report.Figures.Count > 0) body.AddRange(FiguresTable(report));
            }
            else body.AddRange(Narrative(section.Text, emptyNote: report.Consolidation is null));
        }
        if (report.Consolidation is { } part) body.AddRange(ConsolidationSection.NotReported(part));
        body.Add(new Paragraph(report.Closing));

        return new OfficialDocument
        {
            Header = new DocumentHeader
            {
                System = h.System, IssuerParent = h.IssuerParent, Issuer = h.Issuer, Number = h.Number, Symbol = h.Symbol,
                Place = h.Place, Date = h.Date, DraftYear = h.Date is null ? h.DraftYear : null,
            },
            KindName = "BÁO CÁO",
            Title = report.Title,
            Addressees = report.Addressees,
            Body = body,
            Signer = new Signer(h.SignerAuthority, h.SignerPosition ?? "", h.SignerName ?? ""),
            Distribution = h.Distribution,
            Annexes = report.Consolidation is { } whole && ConsolidationSection.Annex(report, whole) is { } annex ? [annex] : [],
        };
    }

    /// <summary>The figures the unit reports, as a table after the text: the "số liệu" a receiver adds up.</summary>
    private static IEnumerable<DocumentBlock> FiguresTable(ReportContent report)
    {
        yield return new Paragraph([new TextRun("Số liệu báo cáo:", Bold: true)]);
        yield return new TableBlock(["TT", "Chỉ tiêu", "Đơn vị tính", "Số liệu"],
            [.. report.Figures.Select((f, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), f.Name, f.Unit,
                f.Value is { } v ? Figure(v) : "Chưa ghi nhận"])],
            [0.6, 5, 1.6, 1.8]);
    }

    /// <summary>
    /// The officer's text as blocks: "- " and "+ " lines become dash items, "1. " lines numbered sub-headings,
    /// "a) " lines lettered ones, anything else a paragraph. An empty section says that it still needs writing.
    /// </summary>
    internal static IEnumerable<DocumentBlock> Narrative(string text, bool emptyNote)
    {
        var lines = text.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            if (emptyNote) yield return new Paragraph([new TextRun("(Phần này chưa có nội dung; cần bổ sung trước khi gửi.)", Italic: true)]);
            yield break;
        }
        foreach (var line in lines)
        {
            if (line.StartsWith("- ") || line.StartsWith("– ")) yield return new Bullet(line[2..].Trim());
            else if (line.StartsWith("+ ")) yield return new Bullet(line[2..].Trim(), 2);
            else if (NumberedLine().IsMatch(line) && IsTitleLike(line)) yield return new Heading(2, line);
            else if (LetteredLine().IsMatch(line) && IsTitleLike(line)) yield return new Heading(3, line);
            else yield return new Paragraph(line);
        }
    }

    /// <summary>"1. Công tác tuyên truyền" is a sub-heading; "1. Tiếp tục triển khai … ." is a numbered sentence.</summary>
    private static bool IsTitleLike(string line) => line.Length < 150 && !line.EndsWith('.') && !line.EndsWith(';');

    [GeneratedRegex(@"^\d{1,2}\.\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^[a-zđ]\)\s")]
    private static partial Regex LetteredLine();
}
