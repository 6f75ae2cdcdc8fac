using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registry;

internal sealed class IncomingEntryConfiguration : IEntityTypeConfiguration<IncomingEntry>
{
    public void Configure(EntityTypeBuilder<IncomingEntry> b)
    {
        b.Property(e => e.StampedNumber).HasMaxLength(20);
        b.Property(e => e.Source).HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(1000);
        b.Property(e => e.CreatedBy).HasMaxLength(256);
        b.HasIndex(e => new { e.OrgUnitId, e.Year, e.Number }).IsUnique();
        // Once per receiving unit: a second import, or two clerks at once, cannot enter the same document twice.
        b.HasIndex(e => new { e.DocumentId, e.OrgUnitId }).IsUnique();
        b.HasIndex(e => new { e.HandlerUnitId, e.State });
        b.HasIndex(e => new { e.HandlerUserId, e.State });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(e => e.HandlerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(e => e.HandlerUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Document>().WithMany().HasForeignKey(e => e.DocumentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IncomingCounterConfiguration : IEntityTypeConfiguration<IncomingCounter>
{
    public void Configure(EntityTypeBuilder<IncomingCounter> b)
    {
        b.HasKey(c => new { c.OrgUnitId, c.Year });
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(c => c.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
