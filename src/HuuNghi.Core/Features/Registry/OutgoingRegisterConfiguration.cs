using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registry;

internal sealed class OutgoingEntryConfiguration : IEntityTypeConfiguration<OutgoingEntry>
{
    public void Configure(EntityTypeBuilder<OutgoingEntry> b)
    {
        b.Property(e => e.Register).HasMaxLength(40);
        b.Property(e => e.Symbol).HasMaxLength(40);
        b.Property(e => e.KindName).HasMaxLength(100);
        b.Property(e => e.Title).HasMaxLength(1000);
        b.Property(e => e.Signer).HasMaxLength(200);
        b.Property(e => e.Distribution).HasMaxLength(2000);
        b.Property(e => e.KeptBy).HasMaxLength(200);
        b.Property(e => e.CancelReason).HasMaxLength(500);
        b.Property(e => e.CreatedBy).HasMaxLength(256);
        b.Ignore(e => e.Reference);
        // The last guard: whatever the counter does, the database itself refuses a second row with the same number.
        b.HasIndex(e => new { e.OrgUnitId, e.Register, e.Year, e.Number }).IsUnique();
        b.HasIndex(e => e.SubmissionId);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutgoingCounterConfiguration : IEntityTypeConfiguration<OutgoingCounter>
{
    public void Configure(EntityTypeBuilder<OutgoingCounter> b)
    {
        b.HasKey(c => new { c.OrgUnitId, c.Register, c.Year });
        b.Property(c => c.Register).HasMaxLength(40);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
