using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.OverseasEvents;

/// <summary>A meeting, visit or programme with overseas Vietnamese (kiều bào): the Tết meeting, a homeland visit.</summary>
public sealed class OverseasEvent : RegisterRecord
{
    public string Title { get; set; } = "";
    public string? Place { get; set; }
    public string? Country { get; set; }
    public int? Participants { get; set; }
    public DateOnly? EndDate { get; set; }
}

internal sealed class OverseasEventConfiguration : RegisterRecordConfiguration<OverseasEvent>
{
    protected override void ConfigureMore(EntityTypeBuilder<OverseasEvent> b)
    {
        b.Property(e => e.Title).HasMaxLength(500);
        b.Property(e => e.Place).HasMaxLength(300);
        b.Property(e => e.Country).HasMaxLength(2);
    }
}

public sealed class OverseasEventsRegister : Register<OverseasEvent>
{
    public override string Name => "overseas-events";
    public override Localized Title { get; } = new("Hoạt động với người Việt Nam ở nước ngoài", "Overseas Vietnamese events");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(OverseasEvent.Title), "Tên hoạt động", "Event", e => e.Title, (e, v) => e.Title = v ?? "", required: true, listed: true, max: 500),
        Date("Ngày bắt đầu", "Start date"),
        DateOf(nameof(OverseasEvent.EndDate), "Ngày kết thúc", "End date", e => e.EndDate, (e, v) => e.EndDate = v),
        Text(nameof(OverseasEvent.Place), "Địa điểm", "Place", e => e.Place, (e, v) => e.Place = v),
        Country(nameof(OverseasEvent.Country), "Kiều bào tại", "Overseas Vietnamese from", e => e.Country, (e, v) => e.Country = v),
        Integer(nameof(OverseasEvent.Participants), "Số kiều bào tham dự", "Participants", e => e.Participants, (e, v) => e.Participants = v, listed: true),
        Note(),
    ];

    protected override void Check(OverseasEvent record, Validation check) => EndNotBeforeStart(check, record.Date, record.EndDate);
}
