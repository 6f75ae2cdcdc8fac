using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Partners;

/// <summary>
/// A foreign organisation, locality, company or person the registers name. Shared by every register so the
/// third visit of "Rikolto" is the same partner as the first, however it was typed.
/// </summary>
public sealed class Partner : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The matching key (<see cref="PartnerKey"/>); unique.</summary>
    public required string Key { get; set; }
    public string? Country { get; set; }
    public PartnerKind Kind { get; set; }
    public int Version { get; set; }
}

public enum PartnerKind { Organisation, Locality, Company, Government, Individual }

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.Property(p => p.Name).HasMaxLength(300);
        b.Property(p => p.Key).HasMaxLength(300);
        b.HasIndex(p => p.Key).IsUnique();
        b.Property(p => p.Country).HasMaxLength(2);
    }
}
