using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Aid;

/// <summary>
/// Money planned or moved on an aid project, on its value date (<see cref="RegisterRecord.Date"/>), in its own
/// currency and booked rate. Owned by the project's unit.
/// </summary>
public sealed class AidTransaction : RegisterRecord
{
    public int ProjectId { get; set; }
    public AidProject? Project { get; set; }
    public AidTransactionKind Kind { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = Currencies.Dong;
    public decimal ExchangeRate { get; set; } = 1;

    public decimal AmountVnd => Amount * ExchangeRate;
}

public enum AidTransactionKind { PlannedDisbursement, Disbursement }

internal sealed class AidTransactionConfiguration : RegisterRecordConfiguration<AidTransaction>
{
    protected override void ConfigureMore(EntityTypeBuilder<AidTransaction> b)
    {
        b.HasOne(t => t.Project).WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.Property(t => t.Currency).HasMaxLength(3);
        b.Property(t => t.Amount).HasPrecision(20, 2);
        b.Property(t => t.ExchangeRate).HasPrecision(18, 6);
        b.Ignore(t => t.AmountVnd);
    }
}
