using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// The receiving unit's report over all standing reports (submitted or accepted) of a request, or of one subtree of
/// it: the same template, the units' facts together (each footnote item says whose it is), the units' own text
/// under their names, the figures by unit with totals, and the units that have not reported.
/// </summary>
public sealed class ComposeConsolidatedReport(HuuNghiDbContext db, OrgTreeCache trees, GetRates rates, ComposeReport unitReports)
{
    /// <summary>The composed report and the version of the receiver's saved text (0 before the first save), for a stale-save check.</summary>
    public async Task<ComposeReport.Composed> HandleAsync(int requestId, int? rootId, UnitScope scope, CancellationToken ct = default) =>
        (await ComposeAsync(requestId, rootId, scope, ct)).Composed;

    public sealed record WithDraft(ComposeReport.Composed Composed, int SeenVersion);

    public async Task<WithDraft> ComposeAsync(int requestId, int? rootId, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.LoadRequestAsync(requestId, ct);
        scope.Demand(request.ReceiverId);
        var status = await rates.HandleAsync(requestId, rootId, scope, ct);
        var tree = await trees.GetAsync(db, ct);
        var regime = request.RegimeId is { } rid ? await db.ReportingRegimes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, ct) : null;
        var day = ReportRequest.Today(db.Clock);

        var reports = new List<(string Unit, ReportContent Content)>();
        foreach (var unit in status.Rates.Units.Where(u => u.SubmittedAt is not null && u.SubmissionId is not null))
        {
            var version = await db.SubmissionVersions.AsNoTracking().Include(v => v.Figures)
                .Where(v => v.SubmissionId == unit.SubmissionId && v.SubmittedAt != null).OrderByDescending(v => v.Number).FirstAsync(ct);
            var report = version.ReportSnapshot is { } json ? ReportContent.FromJson(json)
                : (await unitReports.BuildAsync(request, unit.OrgUnitId, version, ct)).Content;
            reports.Add((unit.Name, report));
        }

        var profile = await db.IssuerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.OrgUnitId == request.ReceiverId, ct);
        var letterhead = IssuerDefaults.For(tree, request.ReceiverId, day, profile);
        var receiverName = tree.NameOn(request.ReceiverId, day);
        var plan = await new ReportSources(db, tree).CiteAsync(regime?.SourceReference, null, null, day, ct);
        var period = status.PeriodLabel.Vi.ToLowerInvariant();
        var template = regime?.TemplateSections is { Count: > 0 } t ? t : ReportSections.DefaultTemplate;
        var saved = await db.ConsolidatedDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.RequestId == requestId, ct);
        var own = saved?.Narratives is { } n && n.Count == template.Count ? n : null;
        var sections = template.Select((heading, i) => new ReportSection(ReportSections.KeyOf(i), heading, ReportSections.RoleOf(heading),
            own?[i] ?? (ReportSections.RoleOf(heading) == SectionRole.Results ? "" : UnitsText(reports, heading)))).ToList();

        var codes = (regime?.IndicatorCodes ?? []).Concat(reports.SelectMany(r => r.Content.Figures.Where(f => f.Value is not null).Select(f => f.Code))).Distinct().ToList();
        var rows = reports.Select(r => new AnnexRow(r.Unit, r.Content.Figures.Where(f => f.Value is not null).ToDictionary(f => f.Code, f => f.Value!.Value))).ToList();
        var names = reports.SelectMany(r => r.Content.Figures).GroupBy(f => f.Code).ToDictionary(g => g.Key, g => g.First());
        var figures = codes.Select(code =>
        {
            var reported = rows.Where(r => r.Values.ContainsKey(code)).ToList();
            var known = names.GetValueOrDefault(code);
            return new ReportFigure(code, known?.Name ?? code, known?.Unit ?? "", reported.Count == 0 ? null : reported.Sum(r => r.Values[code]));
        }).ToList();
        var missing = status.Rates.Missing.Select(u => u.Status == UnitReportStatus.Returned ? $"{u.Name} (báo cáo bị trả lại, chưa gửi lại)" : u.Name).ToList();
        var r = status.Rates;
        var title = plan is null ? $"Tổng hợp: {ReportNumbers.LowerFirst(ReportNumbers.WithoutKind(regime?.Name ?? request.Title))} {period}"
            : $"Tổng hợp kết quả thực hiện {plan} {period}";

        var content = new ReportContent
        {
            Letterhead = letterhead,
            Title = title,
            Addressees = [Superior(tree, request.ReceiverId, day)],
            Opening = $"Thực hiện {plan ?? "chế độ báo cáo " + ReportNumbers.LowerFirst(request.Title)}, {receiverName} đề nghị {ReportNumbers.Count(r.Expected)} đơn vị báo cáo kết quả {period}. " +
                $"Đến ngày {ReportNumbers.Date(day)}, có {ReportNumbers.Count(r.Submitted)} đơn vị đã gửi báo cáo ({ReportNumbers.Count(r.OnTime)} đơn vị gửi đúng hạn), " +
                $"đạt tỷ lệ {(r.Rate * 100).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))}%. Trên cơ sở báo cáo của các đơn vị, {receiverName} tổng hợp như sau:",
            Closing = $"Trên đây là báo cáo {ReportNumbers.LowerFirst(title)} của {receiverName}./.",
            UnitName = "các đơn vị đã báo cáo", IssuerName = receiverName, PeriodLabel = status.PeriodLabel.Vi, From = request.CutoffFrom, To = request.CutoffTo,
            Sections = sections,
            Facts = ReportFacts.Merge(reports.Select(x => x.Content.Facts.AttributedTo(x.Unit))),
            Figures = figures,
            Consolidation = new ConsolidationPart(codes, rows, missing, r.Expected, r.Submitted, r.OnTime),
        };
        return new WithDraft(new ComposeReport.Composed(content, ReportWarnings.Of(content), null, false), saved?.Version ?? 0);
    }

    /// <summary>Each unit's text for a section of the same heading, under the unit's name.</summary>
    private static string UnitsText(List<(string Unit, ReportContent Content)> reports, string heading)
    {
        var key = VietnameseText.Fold(heading);
        var parts = new List<string>();
        foreach (var (unit, content) in reports)
        {
            var text = content.Sections.FirstOrDefault(s => VietnameseText.Fold(s.Heading) == key)?.Text;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var mark = parts.Count < 26 ? $"{(char)('a' + parts.Count)}) {unit}" : $"{unit}:";
            parts.Add(mark + "\n" + text.Trim());
        }
        return string.Join("\n", parts);
    }

    /// <summary>The People's Committee of the receiver's area ("Sở Ngoại vụ tỉnh Đồng Tháp" reports to "Ủy ban nhân dân tỉnh Đồng Tháp").</summary>
    private static string Superior(OrgTree tree, int receiverId, DateOnly day)
    {
        foreach (var id in tree.AncestorsOn(receiverId, day).Skip(1))
        {
            if (tree.Find(id) is not { Kind: OrgUnitKind.AdministrativeArea }) continue;
            var committee = tree.AsOf(day).FirstOrDefault(u => u.ParentId == id && u.Unit.Kind == OrgUnitKind.PeoplesCommittee).Unit;
            return committee is null ? tree.NameOn(id, day) : tree.NameOn(committee.Id, day);
        }
        return tree.NameOn(receiverId, day);
    }
}
