using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>The regimes whose receiver is in the user's scope, with how many requests each has raised.</summary>
public sealed class ListRegimes(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Row(int Id, string Name, ReportKind Kind, ReportingFrequency Frequency, string FirstPeriod, int? CutoffDay,
        int DeadlineDaysAfterCutoff, string ReceiverName, string ReporterAreaName, IReadOnlyList<string> IndicatorCodes,
        IReadOnlyList<string> TemplateSections, string? SourceReference, int Requests);

    public async Task<IReadOnlyList<Row>> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        var regimes = await db.ReportingRegimes.AsNoTracking().OrderBy(r => r.Name).ToListAsync(ct);
        var counts = await db.ReportRequests.Where(r => r.RegimeId != null).GroupBy(r => r.RegimeId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var tree = await trees.GetAsync(db, ct);
        return [.. regimes.Where(r => scope.Contains(r.ReceiverId)).Select(r => new Row(r.Id, r.Name, r.Kind, r.Frequency, r.FirstPeriod,
            r.CutoffDay, r.DeadlineDaysAfterCutoff, tree.Find(r.ReceiverId)?.Name ?? "", tree.Find(r.ReporterAreaId)?.Name ?? "",
            r.IndicatorCodes, r.TemplateSections, r.SourceReference, counts.GetValueOrDefault(r.Id)))];
    }
}
