using System.Globalization;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// A unit's direct sub-units side by side for a year, as the tree stood then: reporting and on-time rates on the
/// requests of that year the scope receives, delegations in and out, aid disbursed, overseas-Vietnamese activities and
/// officers trained; with the whole unit's totals for the year and the year before. Each register is one grouped
/// query over the unit's period subtree, the same set <see cref="ComputeIndicators"/> counts, so the totals agree.
/// </summary>
public sealed class ListSubUnitComparison(HuuNghiDbContext db, OrgTreeCache trees)
{
    /// <summary>
    /// A calendar year by default; <paramref name="From"/>/<paramref name="To"/> narrow it to any period (the indicators
    /// page's). <paramref name="YearBefore"/> false skips the year-earlier totals where the caller has them already.
    /// </summary>
    public sealed record Query(int UnitId, int Year, DateOnly? From = null, DateOnly? To = null, bool YearBefore = true);

    /// <summary>The columns a comparison can be sorted by, as the pages name them in their links.</summary>
    public static readonly string[] SortColumns = ["name", "rate", "ontime", "inbound", "outbound", "aid", "overseas", "trained"];

    public sealed record Row(int UnitId, string Name, bool Direct, int Expected, int Submitted, int OnTime, int Inbound, int Outbound,
        decimal AidDisbursed, int OverseasEvents, int Trained)
    {
        public decimal Rate => Expected == 0 ? 0 : Math.Min(1m, Math.Round((decimal)Submitted / Expected, 4));
        public decimal OnTimeRate => Expected == 0 ? 0 : Math.Min(1m, Math.Round((decimal)OnTime / Expected, 4));
    }

    public sealed record Result(int UnitId, string UnitName, int Year, DateOnly From, DateOnly To, IReadOnlyList<Row> Rows, Row Total, Row? LastYear)
    {
        public bool IsCalendarYear => From == new DateOnly(Year, 1, 1) && To == new DateOnly(Year, 12, 31);
    }

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        scope.Demand(query.UnitId);
        var tree = await trees.GetAsync(db, ct);
        var (from, to) = (query.From ?? new DateOnly(query.Year, 1, 1), query.To ?? new DateOnly(query.Year, 12, 31));
        var children = tree.AsOf(to).Where(x => x.ParentId == query.UnitId).Select(x => x.Unit)
            .OrderBy(u => u.Level).ThenBy(u => u.Code, StringComparer.Ordinal).ToList();
        // Each unit of the period subtree counts for the first child whose period subtree holds it; the rest for the unit itself.
        var owner = new Dictionary<int, int>();
        foreach (var child in children)
            foreach (var unit in PeriodUnits.Of(tree, child.Id, from, to)) owner.TryAdd(unit, child.Id);
        var figures = await FiguresAsync(tree, query.UnitId, from, to, scope, ct);
        var rows = children.Select(c => Sum(c.Id, tree.NameOn(c.Id, to), false, figures.Where(f => owner.GetValueOrDefault(f.UnitId) == c.Id))).ToList();
        var direct = Sum(query.UnitId, tree.NameOn(query.UnitId, to), true, figures.Where(f => !owner.ContainsKey(f.UnitId)));
        if (!IsEmpty(direct)) rows.Insert(0, direct);
        var last = query.YearBefore ? await FiguresAsync(tree, query.UnitId, from.AddYears(-1), to.AddYears(-1), scope, ct) : null;
        return new Result(query.UnitId, tree.NameOn(query.UnitId, to), query.Year, from, to, rows,
            Sum(query.UnitId, tree.NameOn(query.UnitId, to), false, figures),
            last is null ? null : Sum(query.UnitId, tree.NameOn(query.UnitId, to.AddYears(-1)), false, last));
    }

    /// <summary>The rows ordered by one of <see cref="SortColumns"/>: figures largest first, names in Vietnamese order; as given otherwise.</summary>
    public static IReadOnlyList<Row> Sort(IReadOnlyList<Row> rows, string? column) => column switch
    {
        "rate" => [.. rows.OrderByDescending(r => r.Rate)],
        "ontime" => [.. rows.OrderByDescending(r => r.OnTimeRate)],
        "inbound" => [.. rows.OrderByDescending(r => r.Inbound)],
        "outbound" => [.. rows.OrderByDescending(r => r.Outbound)],
        "aid" => [.. rows.OrderByDescending(r => r.AidDisbursed)],
        "overseas" => [.. rows.OrderByDescending(r => r.OverseasEvents)],
        "trained" => [.. rows.OrderByDescending(r => r.Trained)],
        "name" => [.. rows.OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))],
        _ => rows,
    };

    /// <summary>The latest year up to <paramref name="thisYear"/> with delegations recorded under the unit: where a comparison has something to say.</summary>
    public async Task<int> LatestYearWithDataAsync(int unitId, int thisYear, CancellationToken ct = default)
    {
        var tree = await trees.GetAsync(db, ct);
        var units = tree.SubtreeAnyTime([unitId]).ToList();
        var end = new DateOnly(thisYear, 12, 31);
        var latest = await db.Delegations.Where(d => units.Contains(d.OrgUnitId) && d.Date <= end).MaxAsync(d => (DateOnly?)d.Date, ct);
        return latest?.Year ?? thisYear;
    }

    private sealed record Figure(int UnitId, int Expected = 0, int Submitted = 0, int OnTime = 0, int Inbound = 0, int Outbound = 0,
        decimal Aid = 0, int Events = 0, int Trained = 0);

    private async Task<List<Figure>> FiguresAsync(OrgTree tree, int root, DateOnly from, DateOnly to, UnitScope scope, CancellationToken ct)
    {
        var units = PeriodUnits.Of(tree, root, from, to).ToList();
        var list = new List<Figure>();
        var delegations = await db.Delegations.Where(d => units.Contains(d.OrgUnitId) && d.Date >= from && d.Date <= to)
            .GroupBy(d => new { d.OrgUnitId, d.Direction }).Select(g => new { g.Key.OrgUnitId, g.Key.Direction, Count = g.Count() }).ToListAsync(ct);
        list.AddRange(delegations.Select(d => d.Direction == DelegationDirection.Inbound ? new Figure(d.OrgUnitId, Inbound: d.Count) : new Figure(d.OrgUnitId, Outbound: d.Count)));
        // Money is summed in memory, as the indicators do: SQLite keeps decimals as text and cannot add them.
        var aid = await db.AidTransactions.Where(t => units.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to && t.Kind == AidTransactionKind.Disbursement)
            .Select(t => new { t.OrgUnitId, t.Amount, t.ExchangeRate }).ToListAsync(ct);
        list.AddRange(aid.Select(t => new Figure(t.OrgUnitId, Aid: t.Amount * t.ExchangeRate)));
        var events = await db.OverseasEvents.Where(e => units.Contains(e.OrgUnitId) && e.Date >= from && e.Date <= to)
            .GroupBy(e => e.OrgUnitId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        list.AddRange(events.Select(e => new Figure(e.Key, Events: e.Count)));
        var trained = await db.Trainings.Where(t => units.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to)
            .GroupBy(t => t.OrgUnitId).Select(g => new { g.Key, People = g.Sum(t => t.Participants) }).ToListAsync(ct);
        list.AddRange(trained.Select(t => new Figure(t.Key, Trained: t.People)));
        list.AddRange(await RatesAsync(tree, units.ToHashSet(), from, to, scope, ct));
        return list;
    }

    /// <summary>Per expected unit, over the requests for periods ending in the year that the scope receives: expected, submitted, on time.</summary>
    private async Task<IEnumerable<Figure>> RatesAsync(OrgTree tree, HashSet<int> units, DateOnly from, DateOnly to, UnitScope scope, CancellationToken ct)
    {
        var requests = (await db.ReportRequests.AsNoTracking().Include(r => r.Expected).AsSplitQuery()
            .Where(r => r.CutoffTo >= from && r.CutoffTo <= to).ToListAsync(ct)).Where(r => scope.Contains(r.ReceiverId)).ToList();
        var ids = requests.Select(r => r.Id).ToList();
        var headers = (await db.Submissions.Where(s => ids.Contains(s.RequestId))
            .Select(s => new { s.RequestId, Header = new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt) }).ToListAsync(ct))
            .ToLookup(s => s.RequestId, s => s.Header);
        return requests.SelectMany(r => RateCalculator.Compute(r, r.Expected.Where(e => units.Contains(e.OrgUnitId)), headers[r.Id], tree).Units)
            .Where(u => u.Status != UnitReportStatus.Exception)
            .Select(u => new Figure(u.OrgUnitId, Expected: 1, Submitted: u.SubmittedAt is null ? 0 : 1, OnTime: u.OnTime ? 1 : 0));
    }

    private static Row Sum(int unitId, string name, bool direct, IEnumerable<Figure> figures)
    {
        var f = figures.ToList();
        return new Row(unitId, name, direct, f.Sum(x => x.Expected), f.Sum(x => x.Submitted), f.Sum(x => x.OnTime), f.Sum(x => x.Inbound),
            f.Sum(x => x.Outbound), f.Sum(x => x.Aid), f.Sum(x => x.Events), f.Sum(x => x.Trained));
    }

    private static bool IsEmpty(Row r) => r is { Expected: 0, Inbound: 0, Outbound: 0, AidDisbursed: 0, OverseasEvents: 0, Trained: 0 };
}
