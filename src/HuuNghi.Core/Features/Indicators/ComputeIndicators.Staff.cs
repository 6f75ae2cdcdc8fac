using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Commendations;
using HuuNghi.Core.Features.Registers.Officers;
using Microsoft.EntityFrameworkCore;
using static HuuNghi.Core.Features.Indicators.Measures;

namespace HuuNghi.Core.Features.Indicators;

/// <summary>The budget, commendations and officers registers' figures: one query each, like the others.</summary>
public sealed partial class ComputeIndicators
{
    /// <summary>The commendation forms' codes, in the register's order (kept in step with <see cref="CommendationForm"/>).</summary>
    public static readonly IReadOnlyList<(CommendationForm Form, string Code, string Vi, string En)> CommendationForms =
    [
        (CommendationForm.CertificateOfMerit, "commendations.certificate-of-merit", "Bằng khen", "Certificates of merit"),
        (CommendationForm.Commendation, "commendations.letter", "Giấy khen", "Letters of commendation"),
        (CommendationForm.Order, "commendations.order", "Huân chương", "Orders"),
        (CommendationForm.Medal, "commendations.medal", "Huy chương", "Medals"),
        (CommendationForm.CommemorativeMedal, "commendations.commemorative-medal", "Kỷ niệm chương", "Commemorative medals"),
        (CommendationForm.Other, "commendations.other", "Hình thức khen thưởng khác", "Other commendations"),
    ];

    /// <summary>
    /// A budget line belongs to every period that touches its year (a half-year report states the year's money),
    /// and only lines in đồng are added up: the register keeps no exchange rate for the rare other currency.
    /// </summary>
    private async Task<IEnumerable<Indicator>> BudgetAsync(IQueryable<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var lines = await db.BudgetLines.AsNoTracking()
            .Where(l => units.Contains(l.OrgUnitId) && l.Year >= from.Year && l.Year <= to.Year && l.Currency == Currencies.Dong)
            .Select(l => new { l.Planned, l.Spent }).ToListAsync(ct);
        var allocated = lines.Sum(l => l.Planned);
        var spent = lines.Sum(l => l.Spent ?? 0);
        return
        [
            IndicatorCatalog.Of("budget.allocated-vnd", allocated),
            IndicatorCatalog.Of("budget.spent-vnd", spent),
            IndicatorCatalog.Of("budget.spent-rate", allocated == 0 ? 0 : Math.Round(spent * 100 / allocated, 1)),
        ];
    }

    private async Task<IEnumerable<Indicator>> CommendationsAsync(IQueryable<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var byForm = await db.Commendations.AsNoTracking().Where(c => units.Contains(c.OrgUnitId) && c.Date >= from && c.Date <= to)
            .GroupBy(c => new { c.Form, c.IsCollective }).Select(g => new { g.Key.Form, g.Key.IsCollective, Count = g.Count() }).ToListAsync(ct);
        var result = new List<Indicator>
        {
            IndicatorCatalog.Of("commendations.total", byForm.Sum(c => c.Count)),
            IndicatorCatalog.Of("commendations.collectives", byForm.Where(c => c.IsCollective).Sum(c => c.Count)),
        };
        result.AddRange(CommendationForms.Select(f => IndicatorCatalog.Of(f.Code, byForm.Where(c => c.Form == f.Form).Sum(c => c.Count))));
        return result;
    }

    /// <summary>
    /// Officers in post at any time in the period. "Trained" is the officer's own flag: the training register counts
    /// participants per course, not by name, so there is no link to follow. Turnover is who started or left in the period.
    /// </summary>
    private async Task<IEnumerable<Indicator>> OfficersAsync(IQueryable<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var officers = await db.Officers.AsNoTracking().Where(o => units.Contains(o.OrgUnitId) && o.Date <= to && (o.EndDate == null || o.EndDate >= from))
            .Select(o => new { o.Time, o.TrainedInForeignAffairs, o.Languages, o.Date, o.EndDate }).ToListAsync(ct);
        return
        [
            IndicatorCatalog.Of("officers.total", officers.Count),
            IndicatorCatalog.Of("officers.full-time", officers.Count(o => o.Time == OfficerTime.FullTime)),
            IndicatorCatalog.Of("officers.part-time", officers.Count(o => o.Time == OfficerTime.PartTime)),
            IndicatorCatalog.Of("officers.foreign-language", officers.Count(o => !string.IsNullOrWhiteSpace(o.Languages))),
            IndicatorCatalog.Of("officers.trained", officers.Count(o => o.TrainedInForeignAffairs)),
            IndicatorCatalog.Of("officers.turnover", officers.Count(o => o.Date >= from || (o.EndDate is { } end && end <= to))),
        ];
    }
}
