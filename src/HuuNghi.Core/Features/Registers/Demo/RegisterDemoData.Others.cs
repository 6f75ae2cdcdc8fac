using HuuNghi.Core.Features.Registers.Agreements;
using HuuNghi.Core.Features.Registers.Aid;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Registers.OverseasEvents;
using HuuNghi.Core.Features.Registers.Trainings;

namespace HuuNghi.Core.Features.Registers.Demo;

public sealed partial class RegisterDemoData
{
    private async Task ThapMuoiAidAsync(int unit, CancellationToken ct)
    {
        // The report names both projects but not their money; a zero commitment says "not stated", not "free".
        db.Add(new AidProject
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 1, 1), Status = AidStatus.Ongoing, Modality = AidModality.Project,
            Title = "Nâng cao năng lực cộng đồng ứng phó thiên tai và biến đổi khí hậu qua nhà ở an toàn có sự tham gia của cộng đồng",
            Donor = await PartnerAsync("Habitat for Humanity Vietnam", "XX", ct), Field = "Phòng chống thiên tai", Location = "Huyện Tháp Mười",
            Note = "Báo cáo năm 2023 chưa nêu số vốn",
        });
        db.Add(new AidProject
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 1, 1), Status = AidStatus.Ongoing, Modality = AidModality.Project,
            Title = "Phát triển nông nghiệp hữu cơ", Donor = await PartnerAsync("Seed to Table", "JP", ct), Country = "JP",
            Field = "Nông nghiệp", Location = "Huyện Tháp Mười", Note = "Báo cáo năm 2023 chưa nêu số vốn",
        });
    }

    private async Task BinhSonAsync(CancellationToken ct)
    {
        var unit = _units["qng.bs.ubnd"];
        var wells = new AidProject
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 3, 1), EndDate = new DateOnly(2024, 6, 30), Status = AidStatus.Ongoing,
            Modality = AidModality.Project, Title = "Trùng tu, sửa chữa 2 giếng làng tại xã Bình Hòa",
            Donor = await PartnerAsync("Quỹ Hòa bình Hàn – Việt", "KR", ct), Country = "KR", Field = "Văn hóa, di tích",
            Location = "Xã Bình Hòa, huyện Bình Sơn", LegalBasis = "Khoản 2 Điều 8 Nghị định số 80/2020/NĐ-CP",
            Commitment = 115_000_000m, Currency = Currencies.Dong, ExchangeRate = 1,
        };
        db.Add(wells);
        // Planned in two halves; only the advance went out in 2023, which is the "slow disbursement" the report explains.
        foreach (var (kind, day, amount) in new[]
                 {
                     (AidTransactionKind.PlannedDisbursement, new DateOnly(2023, 6, 30), 57_500_000m),
                     (AidTransactionKind.PlannedDisbursement, new DateOnly(2023, 11, 30), 57_500_000m),
                     (AidTransactionKind.Disbursement, new DateOnly(2023, 9, 15), 30_000_000m),
                 })
            db.Add(new AidTransaction { OrgUnitId = unit, Project = wells, Kind = kind, Date = day, Amount = amount });

        foreach (var (country, day) in new[] { ("KR", new DateOnly(2023, 10, 9)), ("JP", new DateOnly(2023, 10, 13)) })
            db.Add(new Delegation
            {
                Direction = DelegationDirection.Outbound, OrgUnitId = unit, Date = day, EndDate = day.AddDays(3), Country = country,
                Partner = await PartnerAsync(country == "KR" ? "Doanh nghiệp và địa phương Hàn Quốc (xúc tiến đầu tư)" : "Doanh nghiệp và địa phương Nhật Bản (xúc tiến đầu tư)", country, ct),
                Purpose = "Chủ tịch UBND huyện tham gia đoàn công tác của tỉnh xúc tiến đầu tư", Field = "Xúc tiến đầu tư", People = 1,
            });
        db.Add(new Training
        {
            OrgUnitId = unit, Date = new DateOnly(2023, 11, 20), Participants = 2, Course = "Bồi dưỡng kiến thức công tác đối ngoại",
            Organiser = "Sở Ngoại vụ tỉnh Quảng Ngãi", Note = "Cán bộ, công chức đăng ký tham gia",
        });
    }

    private async Task TayNinhAsync(CancellationToken ct)
    {
        var agreements = new (string Unit, AgreementKind Kind, string Title, string Partner, DateOnly Signed, DateOnly? From, DateOnly? To)[]
        {
            ("tn.bchqs", AgreementKind.Minutes, "Biên bản hợp tác năm 2026 giữa các lực lượng vũ trang hai bên biên giới",
                "Tiểu khu Quân sự các tỉnh Svay Rieng, Prey Veng, Tboung Khmum, Oddar Meanchey", new(2026, 1, 20), new(2026, 1, 20), new(2026, 12, 31)),
            ("tn.bdbp", AgreementKind.Minutes, "Biên bản hội đàm về quản lý, bảo vệ biên giới",
                "Ty Công an, Tiểu khu Quân sự và Hiến binh các tỉnh Tboung Khmum, Prey Veng, Svay Rieng", new(2019, 3, 14), null, null),
            ("tn.mttq", AgreementKind.Covenant, "Bản giao ước xây dựng đường biên giới Việt Nam - Campuchia hòa bình, hữu nghị, hợp tác cùng phát triển giai đoạn 2015 - 2018",
                "Mặt trận Đoàn kết Phát triển Tổ quốc Campuchia các tỉnh Svay Rieng, Prey Veng, Tboung Khmum", new(2015, 7, 20), new(2015, 7, 20), new(2018, 12, 31)),
            ("tn.hlhpn", AgreementKind.Agreement, "Thỏa thuận hợp tác giai đoạn 2014 - 2016",
                "Hội Phụ nữ Campuchia vì Hòa bình và Phát triển các tỉnh Svay Rieng, Prey Veng, Tboung Khmum", new(2014, 1, 1), new(2014, 1, 1), new(2016, 12, 31)),
            ("tn.hlhtn", AgreementKind.Memorandum, "Bản ghi nhớ hợp tác trong các hoạt động thanh niên",
                "Hội Liên hiệp Thanh niên Campuchia các tỉnh Prey Veng, Tboung Khmum", new(2019, 3, 15), new(2019, 3, 15), null),
            ("tn.hccb", AgreementKind.Minutes, "Biên bản ký kết và thống nhất các hoạt động hợp tác",
                "Hội Cựu chiến binh các tỉnh Prey Veng, Svay Rieng, Kampong Cham", new(2019, 7, 17), new(2019, 7, 17), null),
        };
        foreach (var a in agreements)
            db.Add(new CooperationAgreement
            {
                OrgUnitId = _units[a.Unit], Kind = a.Kind, Title = a.Title, Partner = await PartnerAsync(a.Partner, "KH", ct),
                Country = "KH", Date = a.Signed, ValidFrom = a.From, ValidTo = a.To, IsRenewal = a.Unit == "tn.bchqs",
            });
        foreach (var year in new[] { 2023, 2024, 2025, 2026 })
            db.Add(new OverseasEvent
            {
                OrgUnitId = _units["tn.ubnd"], Date = new DateOnly(year, 1, 12 + year % 7), Title = $"Họp mặt kiều bào nhân dịp Tết Nguyên đán {year}",
                Place = "Thành phố Tây Ninh", Participants = 60 + (year - 2023) * 10,
            });
    }
}
