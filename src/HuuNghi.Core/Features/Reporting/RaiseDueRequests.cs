using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Raises every regime's request whose period has opened (its cut-off window has begun) and is not yet raised.
/// Idempotent: run at start-up and daily. A late catch-up still freezes the tree of the day the period opened,
/// because that is when the request should have gone out.
/// </summary>
public sealed class RaiseDueRequests(HuuNghiDbContext db, OrgTreeCache trees)
{
    /// <summary>Stops a regime with a mistaken first period (year 1900) from raising a century of requests.</summary>
    private const int MaxPeriodsPerRegime = 240;

    /// <summary>Periods that could not be raised (no unit to report by the tree of that day) are named, not hidden.</summary>
    public sealed record Result(int Raised, IReadOnlyList<Localized> Skipped);

    public async Task<Result> HandleAsync(CancellationToken ct = default)
    {
        var today = ReportRequest.Today(db.Clock);
        var regimes = await db.ReportingRegimes.Where(r => r.Active).ToListAsync(ct);
        var raised = await db.ReportRequests.Where(r => r.RegimeId != null).Select(r => new { r.RegimeId, r.PeriodKey }).ToListAsync(ct);
        var have = raised.Select(r => (r.RegimeId!.Value, r.PeriodKey)).ToHashSet();
        var tree = await trees.GetAsync(db, ct);
        var count = 0;
        var skipped = new List<Localized>();
        foreach (var regime in regimes)
        {
            var last = regime.LastPeriod is { } l ? ReportingPeriod.Parse(l) : (ReportingPeriod?)null;
            var period = ReportingPeriod.Parse(regime.FirstPeriod);
            for (var i = 0; i < MaxPeriodsPerRegime; i++, period = period.Next())
            {
                var opens = regime.WindowFor(period).From;
                if (opens > today || (last is { } end && period.Start > end.Start)) break;
                if (!have.Contains((regime.Id, period.Key)))
                {
                    try
                    {
                        await RaiseRequest.RaiseAsync(db, tree, regime, period, opens, null, ct);
                        count++;
                    }
                    catch (ValidationFailedException e)
                    {
                        skipped.Add(new Localized($"{regime.Name}, {period.Label.Vi}: {e.Localized.Vi}", $"{regime.Name}, {period.Label.En}: {e.Localized.En}"));
                    }
                }
                if (regime.Frequency == ReportingFrequency.Once) break;
            }
        }
        return new Result(count, skipped);
    }
}
