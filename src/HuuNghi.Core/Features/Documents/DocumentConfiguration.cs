using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Documents;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Property(d => d.Kind).HasMaxLength(30);
        b.Property(d => d.Number).HasMaxLength(20);
        b.Property(d => d.Symbol).HasMaxLength(80);
        b.Property(d => d.Reference).HasMaxLength(120);
        b.Property(d => d.ReferenceKey).HasMaxLength(120);
        b.Property(d => d.IssuedOn).HasMaxLength(10);
        b.Property(d => d.Place).HasMaxLength(200);
        b.Property(d => d.Issuer).HasMaxLength(300);
        b.Property(d => d.SignerName).HasMaxLength(200);
        b.Property(d => d.SignerPosition).HasMaxLength(200);
        b.HasIndex(d => d.ReferenceKey);
        b.HasIndex(d => d.IssuedYear);
        b.HasOne<Features.OrgUnits.OrgUnit>().WithMany().HasForeignKey(d => d.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Features.OrgUnits.OrgUnit>().WithMany().HasForeignKey(d => d.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<DocumentFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentFileConfiguration : IEntityTypeConfiguration<DocumentFile>
{
    public void Configure(EntityTypeBuilder<DocumentFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(260);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.HasIndex(f => f.Sha256).IsUnique();
    }
}

internal sealed class DocumentCitationConfiguration : IEntityTypeConfiguration<DocumentCitation>
{
    public void Configure(EntityTypeBuilder<DocumentCitation> b)
    {
        b.Property(c => c.Reference).HasMaxLength(120);
        b.Property(c => c.StatedIssuedOn).HasMaxLength(10);
        b.Property(c => c.StatedIssuer).HasMaxLength(300);
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.FromDocumentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Document>().WithMany().HasForeignKey(c => c.ToDocumentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => c.ToDocumentId);
    }
}
