using HuuNghi.Core.Features.Registers.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Aid;

/// <summary>
/// A foreign non-governmental aid project, programme or one-off gift (Decree 80/2020). The commitment is in
/// the donor's currency with the rate booked at approval; money moves as dated <see cref="AidTransaction"/>s,
/// planned apart from actual, as IATI and AMP keep them. <see cref="RegisterRecord.Date"/> is the start.
/// </summary>
public sealed class AidProject : RegisterRecord
{
    public string Title { get; set; } = "";
    public int DonorId { get; set; }
    public Partner? Donor { get; set; }
    public string? Country { get; set; }
    public AidModality Modality { get; set; }
    public string? Field { get; set; }
    public string? Location { get; set; }
    public string? LegalBasis { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal Commitment { get; set; }
    public string Currency { get; set; } = Currencies.Dong;

    /// <summary>Đồng per one unit of <see cref="Currency"/>; 1 for đồng.</summary>
    public decimal ExchangeRate { get; set; } = 1;
    public AidStatus Status { get; set; }

    public decimal CommitmentVnd => Commitment * ExchangeRate;
}

public enum AidModality { Project, Programme, NonProject }

public enum AidStatus { Proposed, Approved, Ongoing, Completed, Cancelled }

internal sealed class AidProjectConfiguration : RegisterRecordConfiguration<AidProject>
{
    protected override void ConfigureMore(EntityTypeBuilder<AidProject> b)
    {
        b.HasOne(p => p.Donor).WithMany().HasForeignKey(p => p.DonorId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Title).HasMaxLength(500);
        b.Property(p => p.Country).HasMaxLength(2);
        b.Property(p => p.Field).HasMaxLength(300);
        b.Property(p => p.Location).HasMaxLength(300);
        b.Property(p => p.LegalBasis).HasMaxLength(300);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Commitment).HasPrecision(20, 2);
        b.Property(p => p.ExchangeRate).HasPrecision(18, 6);
        b.Ignore(p => p.CommitmentVnd);
    }
}
