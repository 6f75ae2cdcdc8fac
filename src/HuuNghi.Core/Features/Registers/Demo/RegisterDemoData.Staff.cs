using HuuNghi.Core.Features.Registers.Budget;
using HuuNghi.Core.Features.Registers.Commendations;
using HuuNghi.Core.Features.Registers.Officers;

namespace HuuNghi.Core.Features.Registers.Demo;

/// <summary>
/// Budget lines, commendations and officers for the demo's units. The seeds' reports state none of these
/// figures or names, so every row here is illustrative: plausible amounts, decision numbers and officers
/// for a district, a province's Front and its people's committee.
/// </summary>
public sealed partial class RegisterDemoData
{
    private void StaffAndMoney()
    {
        var (thapMuoi, binhSon, tayNinh) = (_units["dt.tm.ubnd"], _units["qng.bs.ubnd"], _units["tn.ubnd"]);
        foreach (var (unit, year, source, planned, spent, purpose) in new (int, int, BudgetSource, decimal, decimal?, string)[]
                 {
                     (thapMuoi, 2023, BudgetSource.StateBudget, 50_000_000m, 46_500_000m, "Đón tiếp đoàn nước ngoài, tổ chức họp mặt kiều bào dịp Tết"),
                     (thapMuoi, 2023, BudgetSource.Socialised, 20_000_000m, 20_000_000m, "Quà tặng thân nhân kiều bào có hoàn cảnh khó khăn"),
                     (binhSon, 2023, BudgetSource.StateBudget, 40_000_000m, 31_200_000m, "Tham gia đoàn xúc tiến đầu tư, bồi dưỡng nghiệp vụ đối ngoại"),
                     (tayNinh, 2026, BudgetSource.StateBudget, 300_000_000m, null, "Giao lưu hữu nghị với các tỉnh giáp biên Campuchia"),
                 })
            db.Add(new BudgetLine
            {
                OrgUnitId = unit, Year = year, Date = new DateOnly(year, 1, 1), Source = source, Planned = planned, Spent = spent, Purpose = purpose,
            });

        db.Add(new Commendation
        {
            OrgUnitId = tayNinh, Date = new DateOnly(2025, 12, 15), DecisionReference = "2150/QĐ-UBND", Form = CommendationForm.CertificateOfMerit,
            Recipient = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Tây Ninh", IsCollective = true,
            Reason = "Có thành tích xuất sắc trong công tác đối ngoại nhân dân với các tỉnh giáp biên Campuchia", IssuedBy = "Ủy ban nhân dân tỉnh Tây Ninh",
        });
        db.Add(new Commendation
        {
            OrgUnitId = thapMuoi, Date = new DateOnly(2024, 1, 10), DecisionReference = "35/QĐ-UBND", Form = CommendationForm.Commendation,
            Recipient = "Nguyễn Thị Mỹ Hạnh", IsCollective = false,
            Reason = "Hoàn thành tốt nhiệm vụ đón tiếp, phục vụ các đoàn khách nước ngoài năm 2023", IssuedBy = "Ủy ban nhân dân huyện Tháp Mười",
        });

        foreach (var (unit, name, position, time, trained, languages, from) in new (int, string, string, OfficerTime, bool, string?, DateOnly)[]
                 {
                     (thapMuoi, "Nguyễn Thị Mỹ Hạnh", "Chuyên viên Văn phòng HĐND và UBND huyện", OfficerTime.PartTime, true, "Tiếng Anh", new(2021, 8, 1)),
                     (binhSon, "Trần Văn Phúc", "Phó Chánh Văn phòng HĐND và UBND huyện", OfficerTime.PartTime, false, "Tiếng Anh", new(2022, 3, 1)),
                     (tayNinh, "Lê Hoàng Nam", "Chuyên viên phụ trách đối ngoại nhân dân", OfficerTime.FullTime, true, "Tiếng Khmer, tiếng Anh", new(2019, 5, 15)),
                 })
            db.Add(new Officer
            {
                OrgUnitId = unit, FullName = name, Position = position, Time = time, TrainedInForeignAffairs = trained, Languages = languages, Date = from,
            });
    }
}
