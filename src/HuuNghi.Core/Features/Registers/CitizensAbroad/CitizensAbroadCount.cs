using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.CitizensAbroad;

/// <summary>
/// How many of the area's people work or study in one country, counted on <see cref="RegisterRecord.Date"/>.
/// A count is a stock, not a flow: indicators take each unit's latest count in the period, never a sum of counts.
/// </summary>
public sealed class CitizensAbroadCount : RegisterRecord
{
    public string Country { get; set; } = "";
    public AbroadPurpose Purpose { get; set; }
    public int Count { get; set; }
}

public enum AbroadPurpose { Work, Study }

internal sealed class CitizensAbroadCountConfiguration : RegisterRecordConfiguration<CitizensAbroadCount>
{
    protected override void ConfigureMore(EntityTypeBuilder<CitizensAbroadCount> b) => b.Property(c => c.Country).HasMaxLength(2);
}

public sealed class CitizensAbroadRegister : Register<CitizensAbroadCount>
{
    public override string Name => "citizens-abroad";
    public override Localized Title { get; } = new("Công dân làm việc, học tập ở nước ngoài", "Citizens working or studying abroad");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Date("Ngày thống kê", "Counted on"),
        Country(nameof(CitizensAbroadCount.Country), "Quốc gia", "Country", c => c.Country, (c, v) => c.Country = v ?? "", required: true, listed: true),
        Choice(nameof(CitizensAbroadCount.Purpose), "Mục đích", "Purpose", c => c.Purpose, (c, v) => c.Purpose = v,
        [
            new(nameof(AbroadPurpose.Work), "Lao động", "Work"),
            new(nameof(AbroadPurpose.Study), "Học tập", "Study"),
        ], listed: true),
        Integer(nameof(CitizensAbroadCount.Count), "Số người", "People", c => c.Count, (c, v) => c.Count = v ?? 0, required: true, listed: true),
        Note(),
    ];
}
