using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Trainings;

/// <summary>A course in foreign-affairs work attended by the unit's officers (often part-time on this work).</summary>
public sealed class Training : RegisterRecord
{
    public string Course { get; set; } = "";
    public string? Organiser { get; set; }
    public int Participants { get; set; }
    public DateOnly? EndDate { get; set; }
}

internal sealed class TrainingConfiguration : RegisterRecordConfiguration<Training>
{
    protected override void ConfigureMore(EntityTypeBuilder<Training> b)
    {
        b.Property(t => t.Course).HasMaxLength(500);
        b.Property(t => t.Organiser).HasMaxLength(300);
    }
}

public sealed class TrainingsRegister : Register<Training>
{
    public override string Name => "trainings";
    public override Localized Title { get; } = new("Đào tạo, bồi dưỡng", "Trainings");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(Training.Course), "Khóa học", "Course", t => t.Course, (t, v) => t.Course = v ?? "", required: true, listed: true, max: 500),
        Text(nameof(Training.Organiser), "Đơn vị tổ chức", "Organiser", t => t.Organiser, (t, v) => t.Organiser = v),
        Date("Ngày bắt đầu", "Start date"),
        DateOf(nameof(Training.EndDate), "Ngày kết thúc", "End date", t => t.EndDate, (t, v) => t.EndDate = v),
        Integer(nameof(Training.Participants), "Số học viên", "Participants", t => t.Participants, (t, v) => t.Participants = v ?? 0, required: true, listed: true),
        Note(),
    ];

    protected override void Check(Training record, Validation check) => EndNotBeforeStart(check, record.Date, record.EndDate);
}
