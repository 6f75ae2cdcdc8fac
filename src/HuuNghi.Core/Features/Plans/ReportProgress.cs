using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Plans;

/// <summary>A unit that was given a task reports what it did, when, whether its part is done, with evidence files.</summary>
public sealed class ReportProgress(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public const long MaxEvidenceBytes = 20 * 1024 * 1024;

    public sealed record Evidence(string FileName, string ContentType, byte[] Content);
    public sealed record Command(int TaskId, int OrgUnitId, DateOnly On, string Text, bool Done, int? Year = null, IReadOnlyList<Evidence>? Files = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.Demand(command.OrgUnitId);
        var task = await db.PlanTasks.Where(t => t.Id == command.TaskId)
            .Select(t => new { t.Id, t.PlanId, t.TimeframeKind, t.Ref }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Không có nhiệm vụ mã {command.TaskId}.", $"There is no task with id {command.TaskId}."));
        var assigned = await db.TaskAssignees.Where(a => a.TaskId == task.Id).SelectMany(a => a.Units).AnyAsync(u => u.OrgUnitId == command.OrgUnitId, ct);
        var tree = await trees.GetAsync(db, ct);
        var planDate = await db.Plans.Where(p => p.Id == task.PlanId).Select(p => p.PlanDate).SingleAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var unitName = tree.Find(command.OrgUnitId) is null ? $"#{command.OrgUnitId}" : tree.NameOn(command.OrgUnitId, today);
        if (!assigned)
            throw new ForbiddenException(new Localized($"Nhiệm vụ {task.Ref} không giao cho {unitName}; không thể báo cáo thay đơn vị khác.",
                $"Task {task.Ref} is not assigned to {unitName}; a unit cannot report on another unit's task."));
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(command.Text), nameof(Command.Text), "Nhập nội dung đã thực hiện.", "Enter what was done.");
        v.Require(command.On >= planDate, nameof(Command.On), "Ngày thực hiện trước ngày ban hành kế hoạch.", "The date is before the plan's date.");
        v.Require(command.On <= today, nameof(Command.On), "Ngày thực hiện ở tương lai.", "The date is in the future.");
        foreach (var f in command.Files ?? [])
            v.Require(f.Content.LongLength <= MaxEvidenceBytes, nameof(Command.Files), $"Tệp {f.FileName} lớn hơn 20 MB.", $"{f.FileName} is larger than 20 MB.");
        v.ThrowIfInvalid();
        var progress = new TaskProgress
        {
            TaskId = task.Id, OrgUnitId = command.OrgUnitId, On = command.On, Text = command.Text.Trim(), Done = command.Done,
            Year = task.TimeframeKind == TimeframeKind.Annual ? command.Year ?? command.On.Year : null,
            ByUserId = db.Actor.UserId, RecordedAt = clock.GetUtcNow().UtcDateTime,
            Evidence = (command.Files ?? []).Select(f => new TaskEvidence { FileName = FileNames.Clean(f.FileName), ContentType = f.ContentType, Content = f.Content }).ToList(),
        };
        db.TaskProgress.Add(progress);
        await db.SaveChangesAsync(ct);
        return progress.Id;
    }
}
