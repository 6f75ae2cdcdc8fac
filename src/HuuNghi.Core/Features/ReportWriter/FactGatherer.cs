using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.CitizensAbroad;
using HuuNghi.Core.Features.Registers.Delegations;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// Reads the rows of a unit's subtree, as it stood in the period, that a report is written from. Each register is
/// one projection query; grouping and ordering happen here so the sentences and footnotes only have to say them.
/// </summary>
internal sealed class FactGatherer(HuuNghiDbContext db)
{
    public async Task<ReportFacts> GatherAsync(OrgTree tree, int reportUnitId, IReadOnlySet<int> units, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ids = units.ToList();
        // A record kept on the People's Committee's own area is its own (ADR 16): no "(of the district)" after it.
        var own = PeriodUnits.AreasAnsweredFor(tree, reportUnitId, from, to).Append(reportUnitId).ToHashSet();
        string? Other(int unitId) => own.Contains(unitId) ? null : tree.NameOn(unitId, to);

        var delegations = await db.Delegations.AsNoTracking().Where(d => ids.Contains(d.OrgUnitId) && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).ThenBy(d => d.Id)
            .Select(d => new { d.Direction, d.OrgUnitId, Partner = d.Partner!.Name, d.Country, d.Date, d.People, d.Purpose, d.Field })
            .ToListAsync(ct);
        // Organisations in the order of their first visit, as the seed's footnote lists them.
        var visits = delegations.Where(d => d.Direction == DelegationDirection.Inbound)
            .GroupBy(d => (d.Partner, d.OrgUnitId))
            .Select(g => new VisitFact(g.Key.Partner, g.First().Country, g.Count(), g.Sum(d => d.People), g.First().Field, Other(g.Key.OrgUnitId)))
            .ToList();
        var outbound = delegations.Where(d => d.Direction == DelegationDirection.Outbound)
            .Select(d => new OutboundFact(d.Partner, d.Country, d.Date, d.People, d.Purpose, Other(d.OrgUnitId))).ToList();

        var projects = await db.AidProjects.AsNoTracking()
            .Where(p => ids.Contains(p.OrgUnitId) && p.Date <= to && (p.EndDate == null || p.EndDate >= from)
                && p.Status != AidStatus.Cancelled && p.Status != AidStatus.Proposed)
            .OrderBy(p => p.Date).ThenBy(p => p.Id)
            .Select(p => new { p.Title, Donor = p.Donor!.Name, p.Country, p.Commitment, p.ExchangeRate, p.Field, p.OrgUnitId })
            .ToListAsync(ct);
        var disbursed = await db.AidTransactions.AsNoTracking()
            .Where(t => ids.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to && t.Kind == AidTransactionKind.Disbursement)
            .Select(t => t.Amount * t.ExchangeRate).ToListAsync(ct);

        var citizens = (await StandingCounts.OfAsync(db, ids, from, to, ct))
            .GroupBy(c => (c.OrgUnitId, c.Country))
            .Select(g => new CitizensFact(g.Key.Country, Countries.Name(g.Key.Country),
                g.Where(c => c.Purpose == AbroadPurpose.Work).Sum(c => c.Count), g.Where(c => c.Purpose == AbroadPurpose.Study).Sum(c => c.Count),
                Other(g.Key.OrgUnitId)))
            .OrderByDescending(c => c.Work + c.Study).ThenBy(c => c.CountryName, StringComparer.Ordinal).ToList();

        var events = await db.OverseasEvents.AsNoTracking().Where(e => ids.Contains(e.OrgUnitId) && e.Date >= from && e.Date <= to)
            .OrderBy(e => e.Date).Select(e => new { e.Title, e.Date, e.Participants, e.OrgUnitId }).ToListAsync(ct);
        // By start date, as the indicators count them: a year-long activity belongs to the period it began in.
        var information = await db.InformationActivities.AsNoTracking()
            .Where(a => ids.Contains(a.OrgUnitId) && a.Date >= from && a.Date <= to)
            .OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => new { a.Title, a.Groups, a.People, a.Visitors, a.Reach, a.OrgUnitId }).ToListAsync(ct);
        var agreements = await db.CooperationAgreements.AsNoTracking().Where(a => ids.Contains(a.OrgUnitId) && a.Date >= from && a.Date <= to)
            .OrderBy(a => a.Date).Select(a => new { a.Title, Partner = a.Partner!.Name, a.Country, a.Date, a.ValidTo, a.OrgUnitId }).ToListAsync(ct);
        var trainings = await db.Trainings.AsNoTracking().Where(t => ids.Contains(t.OrgUnitId) && t.Date >= from && t.Date <= to)
            .OrderBy(t => t.Date).Select(t => new { t.Course, t.Organiser, t.Participants, t.Date, t.OrgUnitId }).ToListAsync(ct);

        var officers = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.OrgUnitId) && o.Date <= to && (o.EndDate == null || o.EndDate >= from))
            .OrderBy(o => o.Id).Select(o => new { o.Time, o.OrgUnitId }).ToListAsync(ct);
        // By year, as the indicators count it: a half-year report states the year's money; đồng only (no rate is kept).
        var budget = await db.BudgetLines.AsNoTracking()
            .Where(l => ids.Contains(l.OrgUnitId) && l.Year >= from.Year && l.Year <= to.Year && l.Currency == Currencies.Dong)
            .Select(l => new { l.Year, l.Planned, l.Spent, l.OrgUnitId }).ToListAsync(ct);

        return new ReportFacts
        {
            Officers = [.. officers.Select(o => new OfficerFact(o.Time == Registers.Officers.OfficerTime.PartTime, Other(o.OrgUnitId)))],
            Budget = [.. budget.GroupBy(l => (l.Year, l.OrgUnitId)).OrderBy(g => g.Key.Year)
                .Select(g => new BudgetFact(g.Key.Year, g.Sum(l => l.Planned), g.Any(l => l.Spent is not null) ? g.Sum(l => l.Spent ?? 0) : null, Other(g.Key.OrgUnitId)))],
            Visits = visits,
            Outbound = outbound,
            Projects = [.. projects.Select(p => new ProjectFact(p.Title, p.Donor, p.Country,
                p.Commitment > 0 ? p.Commitment * p.ExchangeRate : null, p.Field, Other(p.OrgUnitId)))],
            DisbursedVnd = disbursed.Count == 0 ? null : disbursed.Sum(),
            CitizensAbroad = citizens,
            Events = [.. events.Select(e => new EventFact(e.Title, e.Date, e.Participants, Other(e.OrgUnitId)))],
            Information = [.. information.Select(a => new InformationFact(a.Title, a.Groups, a.People, a.Visitors, a.Reach, Other(a.OrgUnitId)))],
            Agreements = [.. agreements.Select(a => new AgreementFact(a.Title, a.Partner, a.Country, a.Date, a.ValidTo, Other(a.OrgUnitId)))],
            Trainings = [.. trainings.Select(t => new TrainingFact(t.Course, t.Organiser, t.Participants, t.Date, Other(t.OrgUnitId)))],
            Tasks = await TasksAsync(tree, reportUnitId, ids, from, to, ct),
        };
    }

    /// <summary>
    /// Tasks a unit of the subtree leads, with their status as it stood at the end of the cut-off window: annual
    /// and ongoing work always, dated work when it fell due in the period or was still open then.
    /// </summary>
    private async Task<IReadOnlyList<TaskFact>> TasksAsync(OrgTree tree, int reportUnitId, List<int> ids, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var leads = await db.TaskAssigneeUnits.AsNoTracking().Where(u => u.Role == AssigneeRole.Lead && ids.Contains(u.OrgUnitId))
            .Join(db.TaskAssignees, u => u.AssigneeId, a => a.Id, (u, a) => new { a.TaskId, u.OrgUnitId }).Distinct().ToListAsync(ct);
        if (leads.Count == 0) return [];
        var taskIds = leads.Select(l => l.TaskId).Distinct().ToList();
        var tasks = await db.PlanTasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Join(db.Plans, t => t.PlanId, p => p.Id, (t, p) => new { t.Id, t.Ref, t.Title, t.TimeframeKind, t.DueOn, t.Position, Plan = p.Reference ?? p.Title, p.PlanDate, PlanId = p.Id })
            .Where(t => t.PlanDate <= to).ToListAsync(ct);
        var marks = (await db.TaskProgress.AsNoTracking().Where(p => taskIds.Contains(p.TaskId) && p.On <= to)
                .Select(p => new { p.TaskId, p.OrgUnitId, p.On, p.Year, p.Done }).ToListAsync(ct))
            .ToLookup(p => p.TaskId, p => new ProgressMark(p.OrgUnitId, p.On, p.Year, p.Done));
        var leadsByTask = leads.ToLookup(l => l.TaskId, l => l.OrgUnitId);
        var facts = new List<TaskFact>();
        foreach (var t in tasks.OrderBy(t => t.PlanDate).ThenBy(t => t.PlanId).ThenBy(t => t.Position))
        {
            var mine = leadsByTask[t.Id].Distinct().ToList();
            var status = WorkStatusRules.ForTask(t.TimeframeKind, t.DueOn, mine, [.. marks[t.Id]], to, to.Year);
            var dated = t.TimeframeKind is TimeframeKind.ByDate or TimeframeKind.Period;
            if (dated && t.DueOn is { } due && due < from && status == WorkStatus.Done) continue;
            var unit = mine.Count == 1 && mine[0] != reportUnitId ? tree.NameOn(mine[0], to) : null;
            facts.Add(new TaskFact(t.Plan, t.Ref, t.Title, status, WorkStatusRules.DueFor(t.TimeframeKind, t.DueOn, to.Year), unit));
        }
        return facts;
    }
}
