using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>What each unit reported on a plan's tasks, newest first, with its evidence files; and one evidence file.</summary>
public sealed class ListProgress(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record EvidenceLink(int Id, string FileName);
    public sealed record Row(int Id, int TaskId, string TaskRef, int OrgUnitId, string Unit, DateOnly On, int? Year, string Text, bool Done, IReadOnlyList<EvidenceLink> Evidence);
    public sealed record EvidenceFile(string FileName, string ContentType, byte[] Content);

    public async Task<IReadOnlyList<Row>> HandleAsync(int planId, UnitScope scope, CancellationToken ct = default)
    {
        await PlanSnapshot.LoadAsync(db, planId, scope, ct);
        var tree = await trees.GetAsync(db, ct);
        var rows = await db.TaskProgress.Where(p => db.PlanTasks.Any(t => t.Id == p.TaskId && t.PlanId == planId))
            .OrderByDescending(p => p.On).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.TaskId, Ref = db.PlanTasks.Where(t => t.Id == p.TaskId).Select(t => t.Ref).First(), p.OrgUnitId, p.On, p.Year, p.Text, p.Done,
                Evidence = p.Evidence.Select(e => new EvidenceLink(e.Id, e.FileName)).ToList() })
            .ToListAsync(ct);
        return rows.Select(r => new Row(r.Id, r.TaskId, r.Ref, r.OrgUnitId, tree.NameOn(r.OrgUnitId, r.On), r.On, r.Year, r.Text, r.Done, r.Evidence)).ToList();
    }

    /// <summary>An evidence file, for whoever may read the plan it belongs to.</summary>
    public async Task<EvidenceFile> FileAsync(int evidenceId, UnitScope scope, CancellationToken ct = default)
    {
        var e = await db.TaskEvidence.Where(x => x.Id == evidenceId)
            .Select(x => new { x.FileName, x.ContentType, x.Content, PlanId = db.TaskProgress.Where(p => p.Id == x.ProgressId).Join(db.PlanTasks, p => p.TaskId, t => t.Id, (p, t) => t.PlanId).First() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException(new Localized("Không có tệp minh chứng này.", "There is no such evidence file."));
        await PlanSnapshot.LoadAsync(db, e.PlanId, scope, ct);
        return new EvidenceFile(FileNames.Clean(e.FileName), e.ContentType, e.Content);
    }
}
