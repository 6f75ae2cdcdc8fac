using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.OrgUnits;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.Property(u => u.Code).HasMaxLength(120);
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(300);
        b.Property(u => u.ShortName).HasMaxLength(120);
        // Both providers let several NULLs through a unique index, so unset codes never collide.
        b.Property(u => u.IdentifierCode).HasMaxLength(35);
        b.HasIndex(u => u.IdentifierCode).IsUnique();
        b.Property(u => u.NameKey).HasMaxLength(300);
        b.HasIndex(u => u.NameKey);
        b.HasMany(u => u.ParentLinks).WithOne().HasForeignKey(l => l.ChildId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrgUnitParentLinkConfiguration : IEntityTypeConfiguration<OrgUnitParentLink>
{
    public void Configure(EntityTypeBuilder<OrgUnitParentLink> b)
    {
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(l => l.ParentId);
    }
}

internal sealed class OrgUnitEventConfiguration : IEntityTypeConfiguration<OrgUnitEvent>
{
    public void Configure(EntityTypeBuilder<OrgUnitEvent> b)
    {
        b.Property(e => e.LegalBasis).HasMaxLength(300);
        b.Property(e => e.Note).HasMaxLength(2000);
        b.Property(e => e.OldName).HasMaxLength(300);
        b.Property(e => e.NewName).HasMaxLength(300);
        b.HasMany(e => e.Units).WithOne().HasForeignKey(u => u.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OrgUnitEventUnitConfiguration : IEntityTypeConfiguration<OrgUnitEventUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnitEventUnit> b) =>
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.OrgUnitId).OnDelete(DeleteBehavior.Restrict);
}

internal sealed class OrgUnitAliasConfiguration : IEntityTypeConfiguration<OrgUnitAlias>
{
    public void Configure(EntityTypeBuilder<OrgUnitAlias> b)
    {
        b.Property(a => a.Text).HasMaxLength(300);
        b.Property(a => a.Key).HasMaxLength(300);
        b.HasIndex(a => a.Key);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(a => a.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OrgUnitClosureConfiguration : IEntityTypeConfiguration<OrgUnitClosure>
{
    public void Configure(EntityTypeBuilder<OrgUnitClosure> b)
    {
        // No foreign keys: the table is derived and rebuilt wholesale by `db refresh`.
        b.HasIndex(c => new { c.AncestorId, c.ValidFrom, c.ValidTo, c.DescendantId });
        b.HasIndex(c => c.DescendantId);
    }
}
