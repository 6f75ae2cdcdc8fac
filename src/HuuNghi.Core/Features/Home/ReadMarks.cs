using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// When a user last opened their work list: plans assigning work stored after it are "new" to them. Per user, not per
/// unit, because two officers of one unit each need to see what arrived since they themselves last looked.
/// </summary>
public sealed class WorkListLook
{
    public int UserId { get; set; }
    public DateTime LookedAt { get; set; }
}

/// <summary>A reminder received that the user has opened (an e-office marks each item read for each person).</summary>
public sealed class ReminderRead
{
    public int UserId { get; set; }
    public ListMyWork.ReminderSource Source { get; set; }
    /// <summary>A <see cref="Reporting.Reminder"/> or a <see cref="Plans.TaskReminder"/> id, by <see cref="Source"/>.</summary>
    public int ReminderId { get; set; }
    public DateTime ReadAt { get; set; }
}

internal sealed class WorkListLookConfiguration : IEntityTypeConfiguration<WorkListLook>
{
    public void Configure(EntityTypeBuilder<WorkListLook> b)
    {
        b.HasKey(x => x.UserId);
        b.HasOne<AppUser>().WithOne().HasForeignKey<WorkListLook>(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderReadConfiguration : IEntityTypeConfiguration<ReminderRead>
{
    public void Configure(EntityTypeBuilder<ReminderRead> b)
    {
        // Two reminder tables share the mark, so the reminder is not a foreign key; a deleted task leaves a harmless orphan.
        b.HasKey(x => new { x.UserId, x.Source, x.ReminderId });
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
