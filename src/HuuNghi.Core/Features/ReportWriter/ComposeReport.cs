using System.Text.RegularExpressions;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// A unit's report for a request: the snapshot a submitted version sealed, or, for a draft (or before any draft),
/// the report written now from the registers and tasks of the unit's subtree over the request's cut-off window,
/// the template's sections with the officer's text (or the suggested drafts), and the unit's letterhead.
/// </summary>
public sealed partial class ComposeReport(HuuNghiDbContext db, OrgTreeCache trees, ComputeIndicators indicators)
{
    public sealed record Composed(ReportContent Content, IReadOnlyList<Localized> Warnings, int? VersionNumber, bool Sealed);

    public async Task<Composed> HandleAsync(int requestId, int unitId, int? versionNumber, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.LoadRequestAsync(requestId, ct);
        if (!scope.Contains(request.ReceiverId)) scope.Demand(unitId);
        if (request.Expected.All(e => e.OrgUnitId != unitId))
            throw new NotFoundException(new("Đơn vị này không phải báo cáo theo yêu cầu này.", "This unit is not expected to report on this request."));
        var header = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.RequestId == requestId && s.OrgUnitId == unitId, ct);
        SubmissionVersion? version = null;
        if (header is not null)
        {
            var number = versionNumber ?? header.CurrentNumber;
            version = await db.SubmissionVersions.AsNoTracking().Include(v => v.Figures)
                .FirstOrDefaultAsync(v => v.SubmissionId == header.Id && v.Number == number, ct);
        }
        if (version is null && versionNumber is not null)
            throw new NotFoundException(new($"Báo cáo này không có phiên bản {versionNumber}.", $"This report has no version {versionNumber}."));
        if (version is { ReportSnapshot: { } snapshot })
        {
            var sealedContent = ReportContent.FromJson(snapshot);
            return new Composed(sealedContent, ReportWarnings.Of(sealedContent), version.Number, true);
        }
        return await BuildAsync(request, unitId, version, ct);
    }

    /// <summary>Writes the report from today's data; <see cref="SubmitReport"/> seals what this returns.</summary>
    internal async Task<Composed> BuildAsync(ReportRequest request, int unitId, SubmissionVersion? version, CancellationToken ct)
    {
        var tree = await trees.GetAsync(db, ct);
        var regime = request.RegimeId is { } rid ? await db.ReportingRegimes.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rid, ct) : null;
        var unit = tree.Find(unitId) ?? throw new NotFoundException(new($"Không có đơn vị mã {unitId}.", $"There is no unit {unitId}."));
        var submittedOn = version?.SubmittedAt is { } at ? DateOnly.FromDateTime(at + ReportRequest.VietnamOffset) : (DateOnly?)null;
        // A draft is headed as the unit stands today; a unit that has since been dissolved writes as it last stood.
        var day = submittedOn ?? IssuerDefaults.Today(unit, db.Clock);

        var profile = await db.IssuerProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.OrgUnitId == unitId, ct);
        var letterhead = IssuerDefaults.For(tree, unitId, day, profile);
        // Numbers come from the outgoing register when the report goes out (ADR 10): a draft shows the number reserved
        // for it, if any, never one typed in or carried over from the version it replaces.
        if (ParseReference(version?.DocumentReference) is { } reference)
            letterhead = letterhead with { Number = version?.SubmittedAt is null ? null : reference.Number, Symbol = reference.Symbol ?? letterhead.Symbol };
        if (version is { SubmittedAt: null, SubmissionId: > 0 } draft && await db.OutgoingEntries.AsNoTracking()
                .Where(e => e.SubmissionId == draft.SubmissionId && e.State == Registry.OutgoingState.Reserved).OrderBy(e => e.Id)
                .Select(e => new { e.Number, e.Symbol }).FirstOrDefaultAsync(ct) is { } held)
            letterhead = letterhead with { Number = held.Number, Symbol = held.Symbol };
        letterhead = letterhead with { Date = submittedOn };

        var (from, to) = (request.CutoffFrom, request.CutoffTo);
        var units = PeriodUnits.Of(tree, unitId, from, to);
        var facts = await new FactGatherer(db).GatherAsync(tree, unitId, units, from, to, ct);
        var unitName = request.Expected.First(e => e.OrgUnitId == unitId).NameThen;
        var sources = new ReportSources(db, tree);
        var plan = await sources.CiteAsync(regime?.SourceReference, null, null, day, ct);
        var letter = await sources.CiteAsync(request.SourceReference, request.SourceDate, request.ReceiverId, day, ct);
        var period = ReportingPeriod.TryParse(request.PeriodKey, out var p) ? p.Label.Vi : request.PeriodKey;

        var template = regime?.TemplateSections is { Count: > 0 } t ? t : ReportSections.DefaultTemplate;
        var saved = version?.Narratives is { } n && n.Count == template.Count ? n : null;
        var sections = template.Select((heading, i) =>
        {
            var role = ReportSections.RoleOf(heading);
            var text = saved?[i] ?? (role == SectionRole.Results ? "" : ReportSections.Suggest(heading, unitName, plan, facts));
            return new ReportSection(ReportSections.KeyOf(i), heading, role, text);
        }).ToList();

        var (figures, figureWarnings) = await FiguresAsync(regime, unitId, from, to, version, ct);
        var title = plan is null ? $"{ReportNumbers.WithoutKind(regime?.Name ?? request.Title)} {period.ToLowerInvariant()}" : $"Kết quả thực hiện {plan} {period.ToLowerInvariant()}";
        var content = new ReportContent
        {
            Letterhead = letterhead,
            Title = title,
            Addressees = [tree.NameOn(request.ReceiverId, day)],
            Opening = (letter is null ? $"Thực hiện yêu cầu báo cáo “{request.Title}”" : $"Thực hiện {letter}")
                + $", {unitName} báo cáo kết quả thực hiện {period.ToLowerInvariant()} (số liệu tính từ ngày {ReportNumbers.Date(from)} đến ngày {ReportNumbers.Date(to)}) như sau:",
            Closing = $"Trên đây là báo cáo {ReportNumbers.LowerFirst(title)} của {unitName}./.",
            UnitName = unitName, PeriodLabel = period, From = from, To = to,
            Sections = sections, Facts = facts, Figures = figures,
        };
        return new Composed(content, [.. ReportWarnings.Of(content), .. figureWarnings], version?.Number, false);
    }

    /// <summary>
    /// The regime's indicators: the figure the draft holds where the officer entered one, otherwise the registers'
    /// figure when the registers recorded anything. A difference between the two is pointed out, not silently chosen.
    /// </summary>
    private async Task<(IReadOnlyList<ReportFigure>, IReadOnlyList<Localized>)> FiguresAsync(ReportingRegime? regime, int unitId, DateOnly from, DateOnly to,
        SubmissionVersion? version, CancellationToken ct)
    {
        var codes = regime?.IndicatorCodes ?? [];
        if (codes.Count == 0) return ([], []);
        var computed = (await indicators.HandleAsync(new ComputeIndicators.Query(unitId, from, to), UnitScope.Everything, ct)).ToDictionary(i => i.Code);
        var entered = version?.Figures.ToDictionary(f => f.IndicatorCode, f => f.Value) ?? [];
        var figures = new List<ReportFigure>();
        var warnings = new List<Localized>();
        foreach (var code in codes)
        {
            var known = computed.GetValueOrDefault(code) ?? IndicatorCatalog.Describe(code);
            decimal? fromRegisters = computed.TryGetValue(code, out var c) && c.Value != 0 ? c.Value : null;
            decimal? value = entered.TryGetValue(code, out var e) ? e : fromRegisters;
            if (entered.ContainsKey(code) && fromRegisters is { } r && r != e)
                warnings.Add(new($"Số liệu \"{known?.Name.Vi ?? code}\" đã nhập ({ReportNumbers.Figure(e)}) khác số liệu sổ theo dõi ({ReportNumbers.Figure(r)}).",
                    $"The figure \"{known?.Name.En ?? code}\" entered ({e}) differs from the registers ({r})."));
            figures.Add(new ReportFigure(code, known?.Name.Vi ?? code, known?.Unit.Vi ?? "", value));
        }
        return (figures, warnings);
    }


    internal static (int? Number, string? Symbol)? ParseReference(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var m = ReferencePattern().Match(reference.Trim());
        if (!m.Success) return null;
        return (m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : null, m.Groups["s"].Value);
    }

    [GeneratedRegex(@"^(Số:?\s*)?(?<n>\d{1,6})?\s*/\s*(?<s>[\p{L}\d][\p{L}\d\-/]*)$")]
    private static partial Regex ReferencePattern();
}
