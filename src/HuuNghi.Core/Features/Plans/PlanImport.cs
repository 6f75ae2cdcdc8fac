using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Documents.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>
/// Turns a stored document that assigns work into a Plan, inside the import's transaction. A document already
/// turned into a plan keeps it: importing a plan twice never makes a second one.
/// </summary>
internal static class PlanImport
{
    public static async Task<int?> EnsurePlanAsync(HuuNghiDbContext db, AssigneeMatcher matcher, Document document, ParsedDocument parsed, DateOnly day, DateTime now, CancellationToken ct)
    {
        if (!DocumentKinds.CarriesTasks(parsed.Kind) || parsed.Tasks.Count == 0) return null;
        if (await db.Plans.Where(p => p.DocumentId == document.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct) is { } existing) return existing;
        var plan = new Plan
        {
            DocumentId = document.Id, Reference = document.Reference, ReferenceKey = document.ReferenceKey,
            Title = document.Title ?? document.Reference ?? "", PlanDate = day, IssuerUnitId = document.IssuerUnitId, CreatedAt = now,
            ImplementsPlanId = await HigherPlanAsync(db, document.Id, ct),
        };
        var position = 0;
        foreach (var item in parsed.Tasks)
        {
            var task = new PlanTask
            {
                Position = position++, Ref = item.Ref, Title = item.Title, TimeframeKind = WorkStatusRules.KindOf(item.Timeframe.Kind),
                TimeframeText = item.Timeframe.Text, DueOn = WorkStatusRules.EndOf(item.Timeframe.Due),
            };
            AddAssignees(task, item.Lead, AssigneeRole.Lead, matcher, plan);
            AddAssignees(task, item.Coordinating, AssigneeRole.Coordinating, matcher, plan);
            plan.Tasks.Add(task);
        }
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        await AdoptLowerPlansAsync(db, document.Id, plan.Id, ct);
        return plan.Id;
    }

    internal static void AddAssignees(PlanTask task, IEnumerable<string> names, AssigneeRole role, AssigneeMatcher matcher, Plan plan)
    {
        var position = task.Assignees.Count(a => a.Role == role);
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var assignee = new TaskAssignee { Role = role, Position = position++, Name = name.Trim(), Key = UnitNameKey.Of(name) };
            matcher.Match(assignee, plan.IssuerUnitId, plan.PlanDate);
            task.Assignees.Add(assignee);
        }
    }

    /// <summary>The first cited document that is itself a plan: the plan this one carries out.</summary>
    private static async Task<int?> HigherPlanAsync(HuuNghiDbContext db, int documentId, CancellationToken ct) =>
        await db.DocumentCitations.Where(c => c.FromDocumentId == documentId).OrderBy(c => c.Position)
            .Join(db.Plans, c => c.ToDocumentId, p => p.DocumentId, (c, p) => (int?)p.Id).FirstOrDefaultAsync(ct);

    /// <summary>Unit plans imported before the plan they cite get linked now that it has arrived.</summary>
    private static async Task AdoptLowerPlansAsync(HuuNghiDbContext db, int documentId, int planId, CancellationToken ct)
    {
        var citing = db.DocumentCitations.Where(c => c.ToDocumentId == documentId).Select(c => c.FromDocumentId);
        var lower = await db.Plans.Where(p => p.ImplementsPlanId == null && p.DocumentId != null && citing.Contains(p.DocumentId.Value) && p.Id != planId).ToListAsync(ct);
        foreach (var p in lower) p.ImplementsPlanId = planId;
        if (lower.Count > 0) await db.SaveChangesAsync(ct);
    }

    /// <summary>The day a plan's names are read on: its own date, else the newest date it cites (it came after), else today.</summary>
    public static DateOnly DayOf(ParsedDocument doc, DateOnly today) =>
        ImportDocuments.DayOf(doc.IssuedOn)
        ?? doc.Citations.Select(c => ImportDocuments.DayOf(c.IssuedOn)).Where(d => d is not null).Max()
        ?? today;
}
