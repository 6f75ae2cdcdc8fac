using HuuNghi.Core.Features.Registers.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Delegations;

/// <summary>
/// A foreign delegation received (đoàn vào) or a delegation sent abroad (đoàn ra): one visit, one partner.
/// <see cref="RegisterRecord.Date"/> is the first day.
/// </summary>
public sealed class Delegation : RegisterRecord
{
    public DelegationDirection Direction { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string? Country { get; set; }
    public string Purpose { get; set; } = "";
    public string? Field { get; set; }
    public int People { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The police gave their security opinion, where the rules ask for one.</summary>
    public bool SecurityAppraised { get; set; }
}

public enum DelegationDirection { Inbound, Outbound }

internal sealed class DelegationConfiguration : RegisterRecordConfiguration<Delegation>
{
    protected override void ConfigureMore(EntityTypeBuilder<Delegation> b)
    {
        b.HasOne(d => d.Partner).WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.Direction, d.Date });
        b.Property(d => d.Country).HasMaxLength(2);
        b.Property(d => d.Purpose).HasMaxLength(300);
        b.Property(d => d.Field).HasMaxLength(300);
    }
}
