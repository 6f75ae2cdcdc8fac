using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Registers.CitizensAbroad;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.Information;
using HuuNghi.Core.Features.Registers.OverseasEvents;
using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Core.Features.Registers.Trainings;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Demo;

/// <summary>
/// The seeds' facts as register rows of the units that reported them: Tháp Mười's 2023 (20 foreign delegation
/// visits from 16 organisations, 125 workers abroad, two NGO projects, the Gò Tháp heritage site, one
/// part-time officer trained), Bình Sơn's well project with the Korea–Vietnam Peace Foundation, Tây Ninh's
/// agreements with Cambodian provinces and its Tết meetings with overseas Vietnamese. The reports give no
/// visit dates or head counts, so those are illustrative; the totals the reports state are exact.
/// </summary>
public sealed partial class RegisterDemoData(HuuNghiDbContext db) : IDemoDataPart
{
    public int Order => 30;

    private readonly PartnerDirectory _partners = new(db);
    private Dictionary<string, int> _units = [];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Partners.AnyAsync(p => p.Key == PartnerKey.Of("Rikolto"), ct)) return;
        _units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        await ThapMuoiAsync(ct);
        await BinhSonAsync(ct);
        await TayNinhAsync(ct);
        StaffAndMoney();
        await db.SaveChangesAsync(ct);
    }

    // (organisation, country, visits, field of the visit)
    private static readonly (string Partner, string Country, int Visits, string Field)[] ThapMuoiVisitors =
    [
        ("UNICEF Hà Lan", "NL", 1, "An sinh xã hội"),
        ("Hội Thiện nguyện SAP-VN", "US", 2, "An sinh xã hội"),
        ("World Bamboo Foundation", "US", 1, "Nông nghiệp"),
        ("Tổ chức Bảo tồn Thiên nhiên Quốc tế", "XX", 1, "Môi trường"),
        ("Đoàn phóng viên nước ngoài (Úc)", "AU", 1, "Thông tin, báo chí"),
        ("Room to Read", "US", 1, "Giáo dục"),
        ("Seed to Table", "JP", 1, "Nông nghiệp"),
        ("Công ty TNHH UPL", "IN", 1, "Nông nghiệp"),
        ("Rikolto", "BE", 3, "Nông nghiệp"),
        ("Habitat for Humanity Vietnam", "XX", 2, "Nhà ở an toàn, phòng chống thiên tai"),
        ("Trường Đại học Cần Thơ (chuyên gia nước ngoài)", "XX", 1, "Nông nghiệp"),
        ("Tổ chức Sunny Hàn Quốc", "KR", 1, "An sinh xã hội"),
        ("Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh", "JP", 1, "Ngoại giao"),
        ("Viện Nghiên cứu Lúa gạo Quốc tế (IRRI)", "PH", 1, "Nông nghiệp"),
        ("The VinaCapital Foundation", "US", 1, "An sinh xã hội"),
        ("AgriPure Holdings Public Company", "TH", 1, "Nông nghiệp"),
    ];

    private async Task ThapMuoiAsync(CancellationToken ct)
    {
        var unit = _units["dt.tm.ubnd"];
        var visit = 0;
        foreach (var (name, country, visits, field) in ThapMuoiVisitors)
            for (var i = 0; i < visits; i++, visit++)
            {
                var start = new DateOnly(2023, 1 + visit * 11 / 20, 5 + visit % 20);
                db.Add(new Delegation
                {
                    Direction = DelegationDirection.Inbound, OrgUnitId = unit, Date = start, EndDate = start.AddDays(visit % 2),
                    Partner = await PartnerAsync(name, country, ct), Country = country, Field = field, People = 3 + visit % 4,
                    Purpose = "Khảo sát, kiểm tra dự án trên địa bàn huyện", SecurityAppraised = true,
                });
            }

        foreach (var (country, count) in new[] { ("JP", 107), ("KR", 18) })
            db.Add(new CitizensAbroadCount
            {
                // Counted on the 2023 cut-off day (14/12, Decree 09's annual window), so the yearly report includes it.
                OrgUnitId = unit, Date = new DateOnly(2023, 12, 14), Country = country, Purpose = AbroadPurpose.Work, Count = count,
                Note = "Lao động đăng ký đi làm việc có thời hạn ở nước ngoài theo hợp đồng",
            });

        db.Add(new InformationActivity
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 1, 1), EndDate = new DateOnly(2023, 12, 31), Channel = InformationChannel.HeritageSite,
            Title = "Đón khách tham quan, cúng viếng Khu di tích khảo cổ và kiến trúc nghệ thuật Gò Tháp",
            Groups = 302, People = 7136, Visitors = 775000,
        });
        db.Add(new InformationActivity
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 1, 1), EndDate = new DateOnly(2023, 12, 31), Channel = InformationChannel.Other,
            Title = "Quảng bá Sen Tháp Mười qua 16 điểm du lịch cộng đồng phục vụ du khách trong và ngoài nước",
        });
        // The report says the district meets overseas Vietnamese and their families every Tết; it gives no head count.
        db.Add(new OverseasEvent
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 1, 12), Title = "Họp mặt kiều bào và thân nhân kiều bào nhân dịp Tết Nguyên đán", Place = "Huyện Tháp Mười",
        });
        db.Add(new Training
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 9, 12), EndDate = new DateOnly(2023, 9, 14), Participants = 1,
            Course = "Tập huấn, bồi dưỡng nghiệp vụ công tác đối ngoại", Organiser = "Sở Ngoại vụ tỉnh Đồng Tháp",
            Note = "Cán bộ phụ trách kiêm nhiệm công tác đối ngoại của huyện",
        });
        await ThapMuoiAidAsync(unit, ct);
    }

    private async Task<Partner> PartnerAsync(string name, string? country, CancellationToken ct)
    {
        var resolution = await _partners.ResolveAsync(name, country, ct);
        return resolution.Partner ?? throw new InvalidOperationException($"Demo partner '{name}': {resolution.Error}");
    }
}
