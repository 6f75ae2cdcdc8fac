using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Officers;

/// <summary>
/// A person doing the unit's people-to-people foreign-affairs work, from <see cref="RegisterRecord.Date"/>
/// to <see cref="EndDate"/> (open while still in the post). Personal data: only what the reports count
/// (full- or part-time, trained or not, languages) is kept, nothing more about the person.
/// </summary>
public sealed class Officer : RegisterRecord
{
    public string FullName { get; set; } = "";
    public string? Position { get; set; }
    public OfficerTime Time { get; set; }
    public bool TrainedInForeignAffairs { get; set; }
    public string? Languages { get; set; }
    public DateOnly? EndDate { get; set; }
}

public enum OfficerTime { FullTime, PartTime }

internal sealed class OfficerConfiguration : RegisterRecordConfiguration<Officer>
{
    protected override void ConfigureMore(EntityTypeBuilder<Officer> b)
    {
        b.Property(o => o.FullName).HasMaxLength(200);
        b.Property(o => o.Position).HasMaxLength(300);
        b.Property(o => o.Languages).HasMaxLength(300);
    }
}

public sealed class OfficersRegister : Register<Officer>
{
    public override string Name => "officers";
    public override Localized Title { get; } = new("Cán bộ làm công tác đối ngoại nhân dân", "People-to-people foreign affairs officers");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(Officer.FullName), "Họ và tên", "Full name", o => o.FullName, (o, v) => o.FullName = v ?? "", required: true, listed: true, max: 200),
        Text(nameof(Officer.Position), "Chức vụ", "Position", o => o.Position, (o, v) => o.Position = v, listed: true),
        Choice(nameof(Officer.Time), "Chế độ", "Time", o => o.Time, (o, v) => o.Time = v,
        [
            new(nameof(OfficerTime.FullTime), "Chuyên trách", "Full-time"),
            new(nameof(OfficerTime.PartTime), "Kiêm nhiệm", "Part-time"),
        ], listed: true),
        Flag(nameof(Officer.TrainedInForeignAffairs), "Đã qua bồi dưỡng nghiệp vụ đối ngoại", "Trained in foreign affairs",
            o => o.TrainedInForeignAffairs, (o, v) => o.TrainedInForeignAffairs = v),
        Text(nameof(Officer.Languages), "Ngoại ngữ", "Languages", o => o.Languages, (o, v) => o.Languages = v),
        Date("Từ ngày", "From"),
        DateOf(nameof(Officer.EndDate), "Đến ngày", "To", o => o.EndDate, (o, v) => o.EndDate = v),
        Note(),
    ];

    protected override void Check(Officer record, Validation check) => EndNotBeforeStart(check, record.Date, record.EndDate);
}
