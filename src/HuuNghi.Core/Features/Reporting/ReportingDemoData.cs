using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.ReportWriter;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// The 2023 reporting round of the seeds: each provincial Sở Ngoại vụ receives the yearly report on the province's
/// plan implementing Directive 12-CT/TW from the district People's Committees and the provincial Front. Tháp Mười
/// answered letter 1807/SNGV-NV of 26/12/2023 with a report signed 17/01/2024; Bình Sơn answered 1353/SNgV-ĐN of
/// 09/11/2023. The letters' own deadlines and Bình Sơn's day of sending are not in the seeds: the dates below are
/// the demo's assumptions, said here so nobody mistakes them for facts. Later years are raised as due by today.
/// </summary>
public sealed class ReportingDemoData(HuuNghiDbContext db, OrgTreeCache trees, RaiseDueRequests raiseDue, ComposeReport reports) : IDemoDataPart
{
    public static readonly string[] Indicators =
        ["delegations-in.visits", "delegations-out.visits", "aid-projects.active", "aid-projects.committed-vnd", "citizens-abroad.total"];

    public int Order => 40;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.ReportingRegimes.AnyAsync(ct)) return;
        var tree = await trees.GetAsync(db, ct);
        var dongThap = await RegimeAsync("dt", "dt.sngv", "313/KH-UBND", 20, ct);
        var quangNgai = await RegimeAsync("qng", "qng.sngv", "92/KH-UBND", 5, ct);

        var dtRequest = await RaiseAsync(tree, dongThap, "1807/SNGV-NV", new DateOnly(2023, 12, 26), new DateOnly(2024, 1, 19), ct);
        var qngRequest = await RaiseAsync(tree, quangNgai, "1353/SNgV-ĐN", new DateOnly(2023, 11, 9), null, ct);

        await SubmitAsync(dtRequest, "dt.tm.ubnd", new DateTime(2024, 1, 17, 2, 30, 0, DateTimeKind.Utc), "ubnd.thapmuoi", ThapMuoiText, accepted: false, ct);
        await SubmitAsync(qngRequest, "qng.bs.ubnd", new DateTime(2023, 12, 15, 3, 0, 0, DateTimeKind.Utc), "ubnd.binhson", BinhSonText, accepted: true, ct);
        // The later years as the daily job would have raised them, so the demo opens on open requests too.
        await raiseDue.HandleAsync(ct);
    }

    private async Task<ReportingRegime> RegimeAsync(string areaCode, string receiverCode, string plan, int deadlineDays, CancellationToken ct)
    {
        var area = await db.OrgUnits.SingleAsync(u => u.Code == areaCode, ct);
        var receiver = await db.OrgUnits.SingleAsync(u => u.Code == receiverCode, ct);
        var regime = new ReportingRegime
        {
            Name = $"Báo cáo hằng năm kết quả thực hiện Kế hoạch {plan} về công tác đối ngoại nhân dân ({area.Name})",
            Content = "Kết quả triển khai Chỉ thị 12-CT/TW: công tác quán triệt, kết quả theo từng lĩnh vực đối ngoại nhân dân, thuận lợi, khó khăn, phương hướng và kiến nghị.",
            Kind = ReportKind.Periodic, Frequency = ReportingFrequency.Yearly, ReceiverId = receiver.Id, ReporterAreaId = area.Id,
            SubordinateCommittees = true, BodyKinds = [nameof(OrgUnitKind.FatherlandFront)], HowSent = "Văn bản điện tử có chữ ký số",
            FirstPeriod = "2023", CutoffDay = 15, DeadlineDaysAfterCutoff = deadlineDays, SourceReference = plan,
            TemplateSections = ["I. Công tác triển khai, quán triệt", "II. Kết quả thực hiện theo lĩnh vực", "III. Thuận lợi, khó khăn", "IV. Phương hướng, kiến nghị"],
            IndicatorCodes = [.. Indicators],
        };
        db.ReportingRegimes.Add(regime);
        await db.SaveChangesAsync(ct);
        return regime;
    }

    private async Task<ReportRequest> RaiseAsync(OrgTree tree, ReportingRegime regime, string letter, DateOnly letterDate, DateOnly? deadline, CancellationToken ct)
    {
        var id = await RaiseRequest.RaiseAsync(db, tree, regime, ReportingPeriod.Parse("2023"), letterDate,
            new RaiseRequest.Command(regime.Id, "2023", deadline, letterDate, letter, letterDate), ct);
        var request = await db.ReportRequests.SingleAsync(r => r.Id == id, ct);
        request.RaisedAt = letterDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        await db.SaveChangesAsync(ct);
        return request;
    }

    // The officers' text, in our words, from what the two reports state (sections I, III and IV; II is written from the registers).
    private static readonly string[] ThapMuoiText =
    [
        "Ủy ban nhân dân huyện quán triệt Chỉ thị số 12-CT/TW và Kế hoạch số 313/KH-UBND của UBND Tỉnh đến các phòng, ban ngành huyện và UBND các xã, thị trấn; nội dung đối ngoại nhân dân được đưa vào kế hoạch đối ngoại hằng năm của huyện.\n" +
        "Việc tuyên truyền được thực hiện qua văn bản gửi các cơ quan, đơn vị, hệ thống thông tin đại chúng và sinh hoạt của các tổ chức chính trị - xã hội.",
        "",
        "1. Thuận lợi\n- Có sự lãnh đạo, chỉ đạo của UBND Tỉnh và các sở, ngành; các cơ quan chấp hành tốt quy định về bảo vệ bí mật nhà nước khi làm việc với tổ chức, cá nhân nước ngoài.\n" +
        "2. Hạn chế, khó khăn\n- Một số cơ quan chưa phối hợp chặt chẽ trong nắm và quản lý hoạt động đối ngoại.",
        "1. Tiếp tục triển khai Chỉ thị số 12-CT/TW và Kế hoạch số 313/KH-UBND đến các cơ quan, đơn vị.\n" +
        "2. Tăng cường quản lý nhà nước về đối ngoại trên địa bàn, bảo đảm an ninh chính trị nội bộ.\n" +
        "3. Đào tạo, bồi dưỡng cán bộ làm công tác đối ngoại.",
    ];

    private static readonly string[] BinhSonText =
    [
        "Ủy ban nhân dân huyện chỉ đạo các phòng, ban và UBND các xã, thị trấn quán triệt Chỉ thị số 12-CT/TW và Kế hoạch số 92/KH-UBND của UBND tỉnh Quảng Ngãi đến cán bộ, công chức và nhân dân.",
        "",
        "- Việc giải ngân dự án trùng tu giếng làng tại xã Bình Hòa còn chậm.",
        "1. Tiếp tục thực hiện Kế hoạch số 92/KH-UBND; vận động các tổ chức nước ngoài hỗ trợ các dự án trên địa bàn.",
    ];

    /// <summary>
    /// Historical submissions are written as they were, with their own times (the use cases would stamp today), and
    /// sealed with the report the writer makes of the registers, as <see cref="SubmitReport"/> does.
    /// </summary>
    private async Task SubmitAsync(ReportRequest request, string unitCode, DateTime submittedAt, string by, string[] narratives, bool accepted, CancellationToken ct)
    {
        var unit = await db.OrgUnits.SingleAsync(u => u.Code == unitCode, ct);
        var version = new SubmissionVersion
        {
            Number = 1, Content = $"Báo cáo kết quả thực hiện công tác đối ngoại nhân dân năm 2023 của {unit.Name}.",
            CreatedAt = submittedAt.AddDays(-3), CreatedBy = by, SubmittedAt = submittedAt, SubmittedBy = by, Narratives = [.. narratives],
        };
        var report = (await reports.BuildAsync(request, unit.Id, version, ct)).Content;
        version.Figures = [.. report.Figures.Where(f => f.Value is not null).Select(f => new SubmissionFigure { IndicatorCode = f.Code, Value = f.Value!.Value })];
        if (accepted) version.Reviews.Add(new SubmissionReview { Decision = ReviewDecision.Accepted, At = submittedAt.AddDays(4), By = "sngv.quangngai" });
        var submission = new Submission
        {
            RequestId = request.Id, OrgUnitId = unit.Id, CurrentNumber = 1, SubmittedAt = submittedAt,
            Status = accepted ? SubmissionStatus.Accepted : SubmissionStatus.Submitted, Versions = [version],
        };
        // The report's number and day come from the unit's outgoing register of that year, as SubmitReport takes them.
        var day = DateOnly.FromDateTime(submittedAt + ReportRequest.VietnamOffset);
        version.SubmittedAt = null; // sealed by the second write, once it carries its number: a sealed row is never written again
        await OutgoingRegister.InTransactionAsync(db, async () =>
        {
            db.Submissions.Add(submission);
            await db.SaveChangesAsync(ct);
            var (entry, numbered) = await NumberReport.NumberAsync(db, submission.Id, unit.Id, report, day, ct);
            version.DocumentReference = entry.Reference;
            version.ReportSnapshot = numbered.ToJson();
            version.SubmittedAt = submittedAt;
            await db.SaveChangesAsync(ct);
            return entry.Id;
        }, retry: false, ct);
    }
}
