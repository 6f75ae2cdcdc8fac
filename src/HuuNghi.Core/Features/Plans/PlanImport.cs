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
        if (await db.Plans.Include(p => p.Tasks).FirstOrDefaultAsync(p => p.DocumentId == document.Id, ct) is { } existing)
            return await CompleteAsync(db, matcher, existing, parsed, ct);
        var plan = new Plan
        {
            DocumentId = document.Id, Reference = document.Reference, ReferenceKey = document.ReferenceKey,
            Title = document.Title ?? document.Reference ?? "", PlanDate = day, IssuerUnitId = document.IssuerUnitId, CreatedAt = now,
            ImplementsPlanId = await HigherPlanAsync(db, document.Id, ct),
        };
        for (var i = 0; i < parsed.Tasks.Count; i++) plan.Tasks.Add(FromParsed(parsed.Tasks[i], i, matcher, plan));
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        await AdoptLowerPlansAsync(db, document.Id, plan.Id, ct);
        return plan.Id;
    }

    /// <summary>
    /// A plan entered by hand before its file arrived keeps every task the officers wrote (and their progress);
    /// the file only adds the tasks the table does not have yet, matched by their numbering.
    /// </summary>
    private static async Task<int> CompleteAsync(HuuNghiDbContext db, AssigneeMatcher matcher, Plan plan, ParsedDocument parsed, CancellationToken ct)
    {
        var known = plan.Tasks.Select(t => t.Ref).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var position = plan.Tasks.Count == 0 ? 0 : plan.Tasks.Max(t => t.Position) + 1;
        foreach (var item in parsed.Tasks.Where(t => !known.Contains(t.Ref)))
            plan.Tasks.Add(FromParsed(item, position++, matcher, plan));
        await db.SaveChangesAsync(ct);
        return plan.Id;
    }

    private static PlanTask FromParsed(TaskItem item, int position, AssigneeMatcher matcher, Plan plan)
    {
        var task = new PlanTask
        {
            Position = position, Ref = item.Ref, Title = item.Title, TimeframeKind = WorkStatusRules.KindOf(item.Timeframe.Kind),
            TimeframeText = item.Timeframe.Text, DueOn = WorkStatusRules.EndOf(item.Timeframe.Due),
        };
        AddAssignees(task, item.Lead, AssigneeRole.Lead, matcher, plan);
        AddAssignees(task, item.Coordinating, AssigneeRole.Coordinating, matcher, plan);
        return task;
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
