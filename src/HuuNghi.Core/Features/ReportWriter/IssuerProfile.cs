using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// How a unit signs its documents: the header lines, the abbreviation in its symbols ("UBND" in "BC-UBND"), the
/// place written before the date, who signs and for whom (TM./KT.), and its usual "Nơi nhận". What is left empty
/// falls back to what the org tree implies (see <see cref="IssuerDefaults"/>); only the signer's name cannot.
/// </summary>
public sealed class IssuerProfile : IVersioned
{
    public int OrgUnitId { get; set; }
    public string? IssuerParent { get; set; }
    public string? Issuer { get; set; }
    public string? Abbreviation { get; set; }
    public string? Place { get; set; }

    /// <summary>One line each ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").</summary>
    public List<string> SignerAuthority { get; set; } = [];
    public string? SignerPosition { get; set; }
    public string? SignerName { get; set; }
    public List<string> Distribution { get; set; } = [];
    public int Version { get; set; }
}

internal sealed class IssuerProfileConfiguration : IEntityTypeConfiguration<IssuerProfile>
{
    public void Configure(EntityTypeBuilder<IssuerProfile> b)
    {
        b.HasKey(p => p.OrgUnitId);
        b.Property(p => p.OrgUnitId).ValueGeneratedNever();
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.IssuerParent).HasMaxLength(200);
        b.Property(p => p.Issuer).HasMaxLength(200);
        b.Property(p => p.Abbreviation).HasMaxLength(30);
        b.Property(p => p.Place).HasMaxLength(100);
        b.Property(p => p.SignerPosition).HasMaxLength(100);
        b.Property(p => p.SignerName).HasMaxLength(100);
    }
}
