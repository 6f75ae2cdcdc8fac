using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Information;

/// <summary>
/// External information and cultural diplomacy work: articles and broadcasts (reach), posts on the unit's
/// website, Zalo or Facebook, and sites that receive visitors (groups, people, visits), over a period
/// starting on <see cref="RegisterRecord.Date"/>.
/// </summary>
public sealed class InformationActivity : RegisterRecord
{
    public string Title { get; set; } = "";
    public InformationChannel Channel { get; set; }
    public int? Items { get; set; }
    public int? Reach { get; set; }
    public int? Groups { get; set; }
    public int? People { get; set; }
    public int? Visitors { get; set; }
    public DateOnly? EndDate { get; set; }
}

public enum InformationChannel { Press, Radio, Television, Website, Zalo, Facebook, Exhibition, HeritageSite, Other }

internal sealed class InformationActivityConfiguration : RegisterRecordConfiguration<InformationActivity>
{
    protected override void ConfigureMore(EntityTypeBuilder<InformationActivity> b) => b.Property(a => a.Title).HasMaxLength(500);
}

public sealed class InformationActivitiesRegister : Register<InformationActivity>
{
    public override string Name => "information-activities";
    public override Localized Title { get; } = new("Thông tin đối ngoại, văn hóa đối ngoại", "Information and cultural activities");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(InformationActivity.Title), "Nội dung", "Activity", a => a.Title, (a, v) => a.Title = v ?? "", required: true, listed: true, max: 500),
        Choice(nameof(InformationActivity.Channel), "Kênh", "Channel", a => a.Channel, (a, v) => a.Channel = v,
        [
            new(nameof(InformationChannel.Press), "Báo in, báo điện tử", "Press"),
            new(nameof(InformationChannel.Radio), "Phát thanh", "Radio"),
            new(nameof(InformationChannel.Television), "Truyền hình", "Television"),
            new(nameof(InformationChannel.Website), "Trang thông tin điện tử", "Website"),
            new(nameof(InformationChannel.Zalo), "Zalo", "Zalo"),
            new(nameof(InformationChannel.Facebook), "Facebook", "Facebook"),
            new(nameof(InformationChannel.Exhibition), "Triển lãm, trưng bày", "Exhibition"),
            new(nameof(InformationChannel.HeritageSite), "Di tích, điểm du lịch", "Heritage site"),
            new(nameof(InformationChannel.Other), "Khác", "Other"),
        ], listed: true),
        Date("Từ ngày", "From"),
        DateOf(nameof(InformationActivity.EndDate), "Đến ngày", "To", a => a.EndDate, (a, v) => a.EndDate = v),
        Integer(nameof(InformationActivity.Items), "Số tin, bài", "Items", a => a.Items, (a, v) => a.Items = v),
        Integer(nameof(InformationActivity.Reach), "Lượt tiếp cận", "Reach", a => a.Reach, (a, v) => a.Reach = v),
        Integer(nameof(InformationActivity.Groups), "Số đoàn", "Groups", a => a.Groups, (a, v) => a.Groups = v),
        Integer(nameof(InformationActivity.People), "Số người trong đoàn", "People in groups", a => a.People, (a, v) => a.People = v),
        Integer(nameof(InformationActivity.Visitors), "Lượt khách", "Visitors", a => a.Visitors, (a, v) => a.Visitors = v, listed: true),
        Note(),
    ];

    protected override void Check(InformationActivity record, Validation check) => EndNotBeforeStart(check, record.Date, record.EndDate);
}
