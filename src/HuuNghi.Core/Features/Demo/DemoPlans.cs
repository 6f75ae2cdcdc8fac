using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Demo;

/// <summary>
/// Gives the demo documents their work: plan 83-KH/TU's tasks with the leads and coordinating units the seed
/// names (collectives included), the Ban Dân vận letter that passes task 1.1 down, Đồng Tháp's plan 313 with a
/// task Tháp Mười reported done and one left overdue. Tasks are written for the demo from the seeds' facts.
/// </summary>
public sealed class DemoPlans(HuuNghiDbContext db, CreatePlan create, ReportProgress report) : IDemoDataPart
{
    public int Order => 25;

    private const string Mass = "các tổ chức chính trị - xã hội";
    private const string Districts = "các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Plans.AnyAsync(ct) || !await db.Documents.AnyAsync(d => d.ReferenceKey == "83-kh/tu", ct)) return;
        var u = await db.OrgUnits.ToDictionaryAsync(x => x.Code, x => x.Id, ct);
        var all = UnitScope.Everything;

        var plan83 = await create.HandleAsync(new CreatePlan.Command("83-KH/TU", "Thực hiện Chỉ thị 12-CT/TW về đối ngoại nhân dân trong tình hình mới", new(2022, 6, 11), u["tn.tu"],
        [
            new("1.1", "Phổ biến, quán triệt Chỉ thị 12-CT/TW về đối ngoại nhân dân", [u["tn.bdv"]], [u["tn.btg"], u["tn.bcsd"], u["tn.dd.mttq"], u["tn.td"]], TimeframeKind.Ongoing, "Thường xuyên",
                CoordinatingNames: [Mass, Districts]),
            new("2.3", "Trao đổi, hợp tác giữa lãnh đạo tỉnh với lãnh đạo các tỉnh giáp biên Campuchia", [u["tn.bcsd"]], [u["tn.dd.mttq"]], TimeframeKind.Annual, "Hằng năm"),
            new("4", "Tuyên truyền về phân giới, cắm mốc Việt Nam - Campuchia", [u["tn.btg"]], [u["tn.bcd3516"], u["tn.bdbp"]], TimeframeKind.Ongoing, "Thường xuyên", CoordinatingNames: [Mass]),
            new("5", "Nâng cao chất lượng hoạt động của Hội thân nhân kiều bào", [u["tn.dd.mttq"]], [u["tn.bcsd"]], TimeframeKind.Ongoing, "Thường xuyên"),
            new("8", "Kiện toàn tổ chức, bộ máy làm đối ngoại nhân dân", [u["tn.bcsd"]], [], TimeframeKind.Ongoing, "Thường xuyên"),
        ]), all, ct);
        var plan578 = await create.HandleAsync(new CreatePlan.Command("578-CV/BDVTU", "Triển khai Kế hoạch 83-KH/TU trong Mặt trận và các đoàn thể tỉnh", new(2022, 6, 27), u["tn.bdv"],
        [
            new("1", "Phổ biến, quán triệt và triển khai Kế hoạch 83-KH/TU", [u["tn.mttq"]], [], TimeframeKind.ByDate, "Hoàn thành trong tháng 7/2022",
                Due: new(2022, 7, 31), LeadNames: ["Các tổ chức chính trị - xã hội tỉnh"]),
        ], plan83), all, ct);
        var plan313 = await create.HandleAsync(new CreatePlan.Command("313/KH-UBND", "Triển khai Chỉ thị 12-CT/TW trên địa bàn tỉnh Đồng Tháp", new(2022, 9, 12), u["dt.ubnd"],
        [
            new("1", "Báo cáo kết quả đối ngoại nhân dân năm 2023", [u["dt.tm.ubnd"]], [u["dt.sngv"]], TimeframeKind.ByDate, Due: new(2024, 1, 20)),
            new("2", "Tổng hợp, đề xuất sơ kết 3 năm thực hiện Chỉ thị 12-CT/TW", [u["dt.sngv"]], [], TimeframeKind.ByDate, Due: new(2025, 3, 31)),
        ]), all, ct);

        await LinkToDocumentsAsync(plan83, "83-kh/tu", plan578, "578-cv/bdvtu", plan313, "313/kh-ubnd", ct);
        var task = await db.PlanTasks.Where(t => t.PlanId == plan578).Select(t => t.Id).SingleAsync(ct);
        await report.HandleAsync(new(task, u["tn.hlhpn"], new(2022, 7, 20), "Đã quán triệt Kế hoạch 83-KH/TU tới cán bộ Hội các cấp", true), all, ct);
        await report.HandleAsync(new(task, u["tn.mttq"], new(2022, 7, 25), "Đã tổ chức hội nghị quán triệt cho Ủy ban MTTQ các cấp", true), all, ct);
        var first = await db.PlanTasks.Where(t => t.PlanId == plan83 && t.Ref == "1.1").Select(t => t.Id).SingleAsync(ct);
        await report.HandleAsync(new(first, u["tn.bdv"], new(2023, 6, 15), "Sơ kết 1 năm thực hiện Chỉ thị 12-CT/TW", false), all, ct);
        var tm = await db.PlanTasks.Where(t => t.PlanId == plan313 && t.Ref == "1").Select(t => t.Id).SingleAsync(ct);
        await report.HandleAsync(new(tm, u["dt.tm.ubnd"], new(2024, 1, 17), "Đã gửi báo cáo năm 2023", true), all, ct);
    }

    private async Task LinkToDocumentsAsync(int plan83, string key83, int plan578, string key578, int plan313, string key313, CancellationToken ct)
    {
        var docs = await db.Documents.Where(d => !d.IsPlaceholder && (d.ReferenceKey == key83 || d.ReferenceKey == key578 || d.ReferenceKey == key313))
            .ToDictionaryAsync(d => d.ReferenceKey!, d => d.Id, ct);
        foreach (var (id, key) in new[] { (plan83, key83), (plan578, key578), (plan313, key313) })
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == id, ct);
            plan.DocumentId = docs.GetValueOrDefault(key);
        }
        await db.SaveChangesAsync(ct);
    }
}
