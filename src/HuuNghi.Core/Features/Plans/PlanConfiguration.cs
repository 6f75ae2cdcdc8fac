using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.Property(p => p.Reference).HasMaxLength(120);
        b.Property(p => p.ReferenceKey).HasMaxLength(120);
        b.Property(p => p.Title).HasMaxLength(1000);
        b.HasIndex(p => p.ReferenceKey);
        // One plan per document: importing a plan twice finds the first.
        b.HasIndex(p => p.DocumentId).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(p => p.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Plan>().WithMany().HasForeignKey(p => p.ImplementsPlanId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.Property(t => t.Ref).HasMaxLength(40);
        b.Property(t => t.Title).HasMaxLength(4000);
        b.Property(t => t.TimeframeText).HasMaxLength(300);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(t => t.ImplementsTaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(t => t.Assignees).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.DueOn);
    }
}

internal sealed class TaskAssigneeConfiguration : IEntityTypeConfiguration<TaskAssignee>
{
    public void Configure(EntityTypeBuilder<TaskAssignee> b)
    {
        b.Property(a => a.Name).HasMaxLength(500);
        b.Property(a => a.Key).HasMaxLength(500);
        b.HasIndex(a => a.Key);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnitGroupAlias>().WithMany().HasForeignKey(a => a.GroupAliasId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Units).WithOne().HasForeignKey(u => u.AssigneeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskAssigneeUnitConfiguration : IEntityTypeConfiguration<TaskAssigneeUnit>
{
    public void Configure(EntityTypeBuilder<TaskAssigneeUnit> b)
    {
        // "My tasks" looks tasks up by unit.
        b.HasIndex(u => u.OrgUnitId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskProgressConfiguration : IEntityTypeConfiguration<TaskProgress>
{
    public void Configure(EntityTypeBuilder<TaskProgress> b)
    {
        b.Property(p => p.Text).HasMaxLength(4000);
        b.HasIndex(p => new { p.TaskId, p.OrgUnitId });
        b.HasOne<PlanTask>().WithMany().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Evidence).WithOne().HasForeignKey(e => e.ProgressId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> b)
    {
        b.Property(e => e.FileName).HasMaxLength(260);
        b.Property(e => e.ContentType).HasMaxLength(120);
    }
}

internal sealed class TaskReminderConfiguration : IEntityTypeConfiguration<TaskReminder>
{
    public void Configure(EntityTypeBuilder<TaskReminder> b)
    {
        b.Property(r => r.Message).HasMaxLength(1000);
        b.Property(r => r.EmailedTo).HasMaxLength(300);
        b.HasIndex(r => new { r.OrgUnitId, r.SentAt });
        b.HasOne<PlanTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
