using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers;

/// <summary>The mapping every register table shares: owner, date index, soft-delete filter.</summary>
internal abstract class RegisterRecordConfiguration<T> : IEntityTypeConfiguration<T> where T : RegisterRecord
{
    public void Configure(EntityTypeBuilder<T> b)
    {
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(r => r.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OrgUnitId, r.Date });
        b.Property(r => r.Note).HasMaxLength(2000);
        // Deleted rows stay for the audit trail but vanish from every query, indicators included.
        b.HasQueryFilter(r => r.DeletedAt == null);
        ConfigureMore(b);
    }

    protected abstract void ConfigureMore(EntityTypeBuilder<T> b);
}
