using HuuNghi.Core.Features.Plans;
using HuuNghi.Documents.Writing.Docx;
using static HuuNghi.Core.Features.ReportWriter.ReportNumbers;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// Writes the results by area from the facts, in the order and wording of the seeds' reports: a sentence with the
/// figure, and a footnote that lists the items behind it. An area with nothing recorded says so in words; a
/// figure is printed only when something was recorded, so "0" never stands for "not recorded".
/// </summary>
internal static class ResultsSection
{
    public static IEnumerable<DocumentBlock> Blocks(ReportContent report)
    {
        var f = report.Facts;
        if (f.IsEmpty)
        {
            yield return new Paragraph(
                $"Trong kỳ báo cáo (số liệu từ ngày {Date(report.From)} đến ngày {Date(report.To)}), sổ theo dõi của {report.UnitName} " +
                "chưa ghi nhận hoạt động đối ngoại nào và chưa có nhiệm vụ nào được giao chủ trì theo kế hoạch.");
            yield break;
        }
        var areas = new (string Heading, IReadOnlyList<DocumentBlock> Blocks)[]
        {
            ("Công tác vận động người Việt Nam ở nước ngoài", OverseasVietnamese(f)),
            ("Công tác vận động viện trợ, thu hút các nguồn lực quốc tế", Aid(f)),
            ("Công tác quản lý đoàn ra, đoàn vào và công dân ở nước ngoài", Delegations(f)),
            ("Hợp tác quốc tế, ký kết thỏa thuận", Agreements(f)),
            ("Công tác thông tin đối ngoại, văn hóa đối ngoại", Information(f)),
            ("Công tác đào tạo, bồi dưỡng cán bộ", Trainings(f)),
            ("Thực hiện các nhiệm vụ được giao theo kế hoạch", Tasks(f)),
        };
        // Said only when recorded: older reports, written before these registers, keep their areas and numbering.
        if (f.Budget.Count > 0) areas = [.. areas, ("Kinh phí thực hiện", Budget(f))];
        var number = 0;
        foreach (var (heading, blocks) in areas)
        {
            yield return new Heading(2, $"{++number}. {heading}");
            foreach (var block in blocks) yield return block;
        }
    }

    private static Paragraph Sentence(params Inline[] inlines) => new(inlines);

    private static Paragraph Nothing(string what) => new($"Trong kỳ, sổ theo dõi chưa ghi nhận {what}.");

    private static string Of(string? unit) => unit is null ? "" : $" ({unit})";

    private static List<DocumentBlock> OverseasVietnamese(ReportFacts f)
    {
        if (f.Events.Count == 0) return [Nothing("hoạt động nào với người Việt Nam ở nước ngoài")];
        var people = f.Events.Where(e => e.Participants is not null).ToList();
        var tail = people.Count == 0 ? "." : $", với {Count(people.Sum(e => e.Participants!.Value))} lượt kiều bào và thân nhân tham dự.";
        return [Sentence(new TextRun($"Tổ chức {Count(f.Events.Count)} hoạt động với người Việt Nam ở nước ngoài"),
            new Footnote(Numbered(f.Events.Select(e => $"{e.Title} ({Date(e.Date)}){Of(e.Unit)}"))), new TextRun(tail))];
    }

    private static List<DocumentBlock> Aid(ReportFacts f)
    {
        var blocks = new List<DocumentBlock>();
        if (f.Projects.Count == 0) blocks.Add(Nothing("dự án viện trợ nào đang thực hiện trên địa bàn"));
        else
        {
            var known = f.Projects.Where(p => p.CommitmentVnd is not null).ToList();
            var money = known.Count == 0 ? "" : known.Count == f.Projects.Count
                ? $", tổng vốn cam kết {Amount(known.Sum(p => p.CommitmentVnd!.Value))} đồng"
                : $"; {Count(known.Count)} dự án đã xác định vốn cam kết, tổng cộng {Amount(known.Sum(p => p.CommitmentVnd!.Value))} đồng";
            blocks.Add(Sentence(new TextRun($"Trên địa bàn có {Count(f.Projects.Count)} dự án"),
                new Footnote(string.Join("; ", f.Projects.Select(p => $"Dự án “{p.Title}” do {p.Donor} tài trợ{Of(p.Unit)}")) + "."),
                new TextRun($" do các tổ chức nước ngoài tài trợ đang triển khai thực hiện{money}.")));
        }
        if (f.DisbursedVnd is { } paid)
            blocks.Add(new Paragraph($"Giá trị viện trợ đã giải ngân trong kỳ: {Amount(paid)} đồng."));
        return blocks;
    }

    private static List<DocumentBlock> Delegations(ReportFacts f)
    {
        var blocks = new List<DocumentBlock>();
        if (f.Visits.Count == 0) blocks.Add(Nothing("đoàn nước ngoài nào đến làm việc tại địa phương"));
        else
        {
            var visits = f.Visits.Sum(v => v.Visits);
            var fields = f.Visits.Select(v => v.Field).Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.ToLowerInvariant()).Distinct().ToList();
            var on = fields.Count == 0 ? "" : " trên các lĩnh vực " + string.Join(", ", fields);
            blocks.Add(Sentence(new TextRun($"Tiếp và làm việc với {Count(visits)} lượt đoàn nước ngoài"),
                new Footnote(Numbered(f.Visits.Select(v => v.Partner + (v.Visits > 1 ? $" ({Count(v.Visits)} lượt)" : "") + Of(v.Unit)))),
                new TextRun($" của {Count(f.Visits.Count)} tổ chức, cơ quan đến địa phương khảo sát, làm việc{on}.")));
        }
        if (f.Outbound.Count == 0) blocks.Add(Nothing("đoàn ra nào"));
        else
            blocks.Add(Sentence(new TextRun($"Cử {Count(f.Outbound.Count)} lượt đoàn ra với {Count(f.Outbound.Sum(o => o.People))} người"),
                new Footnote(Numbered(f.Outbound.Select(o => $"{o.Purpose} ({o.Partner}, {Date(o.Date)}){Of(o.Unit)}"))), new TextRun(".")));
        if (f.CitizensAbroad.Count == 0) blocks.Add(Nothing("số liệu công dân địa phương làm việc, học tập ở nước ngoài"));
        else
        {
            var work = f.CitizensAbroad.Sum(c => c.Work);
            var study = f.CitizensAbroad.Sum(c => c.Study);
            var what = (work > 0, study > 0) switch
            {
                (true, true) => $"{Count(work + study)} trường hợp công dân địa phương làm việc, học tập có thời hạn ở nước ngoài ({Count(work)} lao động, {Count(study)} du học sinh)",
                (false, true) => $"{Count(study)} trường hợp công dân địa phương học tập ở nước ngoài",
                _ => $"{Count(work)} trường hợp công dân địa phương đăng ký đi làm việc có thời hạn ở nước ngoài theo hợp đồng",
            };
            var byCountry = f.CitizensAbroad.GroupBy(c => c.CountryName)
                .Select(g => (Name: g.Key, Count: g.Sum(c => c.Work + c.Study))).OrderByDescending(c => c.Count).ToList();
            blocks.Add(Sentence(new TextRun($"Quản lý {what}"),
                new Footnote("Gồm: " + string.Join("; ", byCountry.Select(c => $"{c.Name} là {Count(c.Count)}")) + "."), new TextRun(".")));
        }
        return blocks;
    }

    private static List<DocumentBlock> Agreements(ReportFacts f)
    {
        if (f.Agreements.Count == 0) return [Nothing("thỏa thuận hợp tác quốc tế nào được ký kết")];
        return [Sentence(new TextRun($"Ký kết {Count(f.Agreements.Count)} thỏa thuận hợp tác quốc tế"),
            new Footnote(Numbered(f.Agreements.Select(a => $"{a.Title} với {a.Partner} ({Date(a.Date)}" +
                (a.ValidTo is { } v ? $", hiệu lực đến {Date(v)}" : "") + ")" + Of(a.Unit)))), new TextRun("."))];
    }

    private static List<DocumentBlock> Information(ReportFacts f)
    {
        if (f.Information.Count == 0) return [Nothing("hoạt động thông tin đối ngoại, văn hóa đối ngoại nào")];
        var blocks = new List<DocumentBlock>
        {
            new Paragraph($"Thực hiện {Count(f.Information.Count)} hoạt động thông tin đối ngoại, văn hóa đối ngoại, cụ thể:"),
        };
        foreach (var a in f.Information)
        {
            var parts = new List<string>();
            if (a.Groups is { } g) parts.Add($"{Count(g)} đoàn");
            if (a.People is { } p) parts.Add($"{Count(p)} người");
            if (a.Visitors is { } v) parts.Add($"khoảng {Count(v)} lượt khách");
            if (a.Reach is { } r) parts.Add($"{Count(r)} lượt tiếp cận");
            blocks.Add(new Bullet(a.Title + (parts.Count == 0 ? "" : ": " + string.Join(", ", parts)) + Of(a.Unit) + "."));
        }
        return blocks;
    }

    /// <summary>Seed 000's "Huyện bố trí 01 cán bộ phụ trách kiêm nhiệm công tác đối ngoại".</summary>
    private static Paragraph? Officers(ReportFacts f)
    {
        if (f.Officers.Count == 0) return null;
        var part = f.Officers.Count(o => o.PartTime);
        var full = f.Officers.Count - part;
        return new Paragraph((full, part) switch
        {
            (0, _) => $"Bố trí {Count(part)} cán bộ phụ trách kiêm nhiệm công tác đối ngoại.",
            (_, 0) => $"Bố trí {Count(full)} cán bộ chuyên trách công tác đối ngoại.",
            _ => $"Bố trí {Count(full + part)} cán bộ phụ trách công tác đối ngoại ({Count(full)} chuyên trách, {Count(part)} kiêm nhiệm).",
        });
    }

    private static List<DocumentBlock> Budget(ReportFacts f) =>
    [
        .. f.Budget.GroupBy(b => b.Year).Select(year =>
        {
            var allocated = year.Sum(b => b.Allocated);
            var reported = year.Where(b => b.Spent is not null).ToList();
            var spent = reported.Sum(b => b.Spent!.Value);
            var tail = reported.Count == 0 ? "; chưa ghi nhận số đã thực hiện."
                : $"; đã thực hiện {Amount(spent)} đồng" + (allocated > 0 ? $" ({ReportNumbers.Figure(Math.Round(spent * 100 / allocated, 1))}%)." : ".");
            return (DocumentBlock)new Paragraph($"Kinh phí bố trí năm {year.Key}: {Amount(allocated)} đồng{tail}");
        }),
    ];

    private static List<DocumentBlock> Trainings(ReportFacts f)
    {
        var officers = Officers(f);
        if (f.Trainings.Count == 0)
            return officers is null ? [Nothing("lớp tập huấn, bồi dưỡng nào về công tác đối ngoại")] : [officers];
        return [.. officers is null ? Array.Empty<DocumentBlock>() : [officers], Sentence(new TextRun($"Cử {Count(f.Trainings.Sum(t => t.Participants))} lượt cán bộ tham gia {Count(f.Trainings.Count)} lớp tập huấn, bồi dưỡng nghiệp vụ công tác đối ngoại"),
            new Footnote(Numbered(f.Trainings.Select(t => $"{t.Course}{(t.Organiser is null ? "" : " do " + t.Organiser + " tổ chức")} ({Date(t.Date)}, {Count(t.Participants)} người){Of(t.Unit)}"))),
            new TextRun("."))];
    }

    private static List<DocumentBlock> Tasks(ReportFacts f)
    {
        if (f.Tasks.Count == 0) return [Nothing("nhiệm vụ nào được giao chủ trì theo kế hoạch")];
        int Of(WorkStatus s) => f.Tasks.Count(t => t.Status == s);
        // Only the statuses that occur: "hoàn thành 00" would read as a figure nobody recorded.
        var parts = new List<string>();
        if (Of(WorkStatus.Done) > 0) parts.Add($"hoàn thành {Count(Of(WorkStatus.Done))}");
        if (Of(WorkStatus.InProgress) > 0) parts.Add($"đang thực hiện {Count(Of(WorkStatus.InProgress))}");
        if (Of(WorkStatus.NotStarted) > 0) parts.Add($"chưa triển khai {Count(Of(WorkStatus.NotStarted))}");
        var overdue = f.Tasks.Where(t => t.Status == WorkStatus.Overdue).ToList();
        if (Of(WorkStatus.Done) == 0) parts.Add("chưa có nhiệm vụ nào hoàn thành");
        var inlines = new List<Inline> { new TextRun($"Chủ trì thực hiện {Count(f.Tasks.Count)} nhiệm vụ theo kế hoạch: {string.Join(", ", parts)}") };
        if (overdue.Count > 0)
        {
            inlines.Add(new TextRun($", quá hạn {Count(overdue.Count)}"));
            inlines.Add(new Footnote(Numbered(overdue.Select(t => $"{t.Title} ({t.Plan}, mục {t.Ref}{(t.Due is { } d ? ", hạn " + Date(d) : "")})" + ResultsSection.Of(t.Unit)))));
        }
        inlines.Add(new TextRun("."));
        return [new Paragraph(inlines)];
    }

    /// <summary>"(1) …; (2) …; (3) …." as the seed numbers the organisations in its footnote.</summary>
    private static string Numbered(IEnumerable<string> items) =>
        string.Join("; ", items.Select((item, i) => $"({i + 1}) {item}")) + ".";
}
