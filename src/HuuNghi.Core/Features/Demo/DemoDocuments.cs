using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using static HuuNghi.Core.Features.Documents.RecordDocument;

namespace HuuNghi.Core.Features.Demo;

/// <summary>
/// The documents of the seeds' story, registered by their facts (reference, date, issuer, what they cite) and
/// titles written for the demo, so the citation graph from Directive 12-CT/TW down to the 2023 reports is there
/// to browse. The texts themselves are not shipped.
/// </summary>
public sealed class DemoDocuments(HuuNghiDbContext db, RecordDocument record) : IDemoDataPart
{
    public int Order => 20;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static readonly Cited Directive12 = new("12-CT/TW", "directive", D(2022, 1, 5), "Ban Bí thư Trung ương Đảng");

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Documents.AnyAsync(d => d.ReferenceKey == "83-kh/tu" && !d.IsPlaceholder, ct)) return;
        var units = await db.OrgUnits.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        Task<int> Add(string kind, string? reference, DateOnly? on, string issuer, string title, string owner, params Cited[] cites) =>
            record.HandleAsync(new Command(kind, reference, on, issuer, title, units[owner], cites), UnitScope.Everything, ct);

        // Tây Ninh: the provincial plan and the letters that passed it down (seed 002).
        await Add("plan", "83-KH/TU", D(2022, 6, 11), "Ban Thường vụ Tỉnh ủy Tây Ninh",
            "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị 12-CT/TW về đối ngoại nhân dân", "tn.tu", Directive12);
        await Add("dispatch", "578-CV/BDVTU", D(2022, 6, 27), "Ban Dân vận Tỉnh ủy Tây Ninh",
            "Đề nghị Mặt trận và các đoàn thể tỉnh triển khai Kế hoạch 83-KH/TU", "tn.bdv",
            new Cited("83-KH/TU", "plan", D(2022, 6, 21), "Ban Thường vụ Tỉnh ủy"), Directive12);
        await Add("dispatch", "3000/LĐLĐ", D(2022, 7, 11), "Liên đoàn Lao động tỉnh Tây Ninh",
            "Triển khai Kế hoạch 83-KH/TU trong hệ thống công đoàn tỉnh", "tn.ldld",
            new Cited("83-KH/TU", "plan", D(2022, 6, 21), "Ban Thường vụ Tỉnh ủy"), Directive12);
        await Add("dispatch", "457/LĐLĐ", D(2022, 7, 11), "Liên đoàn Lao động huyện Dương Minh Châu",
            "Đề nghị công đoàn cơ sở phổ biến Kế hoạch 83-KH/TU", "tn.dmc.ldld",
            new Cited("3000/LĐLĐ", "dispatch", D(2022, 7, 11), "Ban Thường vụ Liên đoàn Lao động tỉnh Tây Ninh"),
            new Cited("83-KH/TU", "plan", D(2022, 6, 21), "Ban Thường vụ Tỉnh ủy"), Directive12);

        // Đồng Tháp: the provincial plan, the request for the 2023 report and Tháp Mười's report (seed 000).
        await Add("plan", "313/KH-UBND", D(2022, 9, 12), "Ủy ban nhân dân tỉnh Đồng Tháp",
            "Kế hoạch của UBND tỉnh triển khai Chỉ thị 12-CT/TW", "dt.ubnd", Directive12);
        await Add("dispatch", "1807/SNGV-NV", D(2023, 12, 26), "Sở Ngoại vụ tỉnh Đồng Tháp",
            "Đề nghị báo cáo kết quả thực hiện Kế hoạch 313/KH-UBND năm 2023", "dt.sngv",
            new Cited("313/KH-UBND", "plan", D(2022, 9, 12), "UBND Tỉnh"));
        await Add("report", null, D(2024, 1, 17), "Ủy ban nhân dân huyện Tháp Mười",
            "Kết quả thực hiện Kế hoạch 313/KH-UBND về đối ngoại nhân dân năm 2023", "dt.tm.ubnd",
            new Cited("313/KH-UBND", "plan", D(2022, 9, 12), "UBND Tỉnh"), Directive12,
            new Cited("1807/SNGV-NV", "dispatch", D(2023, 12, 26), "Sở Ngoại vụ tỉnh Đồng Tháp"));

        // Quảng Ngãi: the plan, the request and Bình Sơn's 2023 report (seed 003).
        await Add("plan", "92/KH-UBND", D(2022, 6, 3), "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "Kế hoạch của UBND tỉnh thực hiện Chỉ thị 12-CT/TW", "qng.ubnd", Directive12);
        await Add("dispatch", "1353/SNgV-ĐN", D(2023, 11, 9), "Sở Ngoại vụ tỉnh Quảng Ngãi",
            "Đề nghị báo cáo tình hình thực hiện Kế hoạch 92/KH-UBND năm 2023", "qng.sngv",
            new Cited("92/KH-UBND", "plan", D(2022, 6, 3), "UBND tỉnh"));
        await Add("report", null, D(2023, 12, 1), "Ủy ban nhân dân huyện Bình Sơn",
            "Kết quả thực hiện Kế hoạch 92/KH-UBND về đối ngoại nhân dân năm 2023", "qng.bs.ubnd",
            new Cited("92/KH-UBND", "plan", D(2022, 6, 3), "UBND tỉnh Quảng Ngãi"), Directive12,
            new Cited("1353/SNgV-ĐN", "dispatch", D(2023, 11, 9), "Sở Ngoại vụ"),
            new Cited("80/2020/NĐ-CP", "decree", D(2020, 7, 8), "Chính phủ"));

        // Nam Định (now Ninh Bình): Xuân Trường's plan under the provincial plan (seed 004).
        await Add("plan", "39-KH/TU", D(2022, 4, 4), "Ban Thường vụ Tỉnh ủy Nam Định",
            "Kế hoạch của Ban Thường vụ Tỉnh ủy triển khai Chỉ thị 12-CT/TW", "nd.tu", Directive12);
        await Add("plan", null, null, "Ban Thường vụ Huyện ủy Xuân Trường",
            "Kế hoạch của Huyện ủy triển khai Chỉ thị 12-CT/TW trên địa bàn huyện", "nd.xt.hu", Directive12,
            new Cited("39-KH/TU", "plan", D(2022, 4, 4), "Ban Thường vụ Tỉnh ủy Nam Định"));

        // Tuyên Quang after the reform: the commune plan of Hòa An (seed 001).
        await Add("action-program", "18-CTr/TU", D(2025, 12, 19), "Ban Thường vụ Tỉnh ủy Tuyên Quang",
            "Chương trình hành động nâng cao hiệu quả đối ngoại nhân dân", "tq.tu", Directive12);
        await Add("plan", "50/KH-UBND", D(2026, 2, 9), "Ủy ban nhân dân tỉnh Tuyên Quang",
            "Kế hoạch của UBND tỉnh thực hiện Chỉ thị 12-CT/TW", "tq.ubnd", Directive12);
        await Add("plan", "62/KH-UBND", D(2026, 3, 31), "Ủy ban nhân dân xã Hòa An",
            "Kế hoạch của xã thực hiện Chương trình hành động 18-CTr/TU", "tq.hoaan.ubnd",
            new Cited("18-CTr/TU", "action-program", D(2025, 12, 19), "Ban Thường vụ Tỉnh ủy"), Directive12,
            new Cited("50/KH-UBND", "plan", D(2026, 2, 9), "Ủy ban nhân dân tỉnh Tuyên Quang"));
    }
}
