using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Aid;

public sealed class AidProjectsRegister : Register<AidProject>
{
    public override string Name => "aid-projects";
    public override Localized Title { get; } = new("Dự án viện trợ phi chính phủ nước ngoài", "Foreign NGO aid projects");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(AidProject.Title), "Tên dự án", "Project", p => p.Title, (p, v) => p.Title = v ?? "", required: true, listed: true, max: 500),
        Partner(nameof(AidProject.Donor), "Nhà tài trợ", "Donor", p => p.Donor, (p, d) => p.Donor = d),
        Country(nameof(AidProject.Country), "Quốc gia tài trợ", "Donor country", p => p.Country, (p, v) => p.Country = v),
        Choice(nameof(AidProject.Modality), "Hình thức", "Modality", p => p.Modality, (p, v) => p.Modality = v,
        [
            new(nameof(AidModality.Project), "Dự án", "Project"),
            new(nameof(AidModality.Programme), "Chương trình", "Programme"),
            new(nameof(AidModality.NonProject), "Phi dự án", "Non-project"),
        ]),
        Text(nameof(AidProject.Field), "Lĩnh vực", "Field", p => p.Field, (p, v) => p.Field = v),
        Text(nameof(AidProject.Location), "Địa bàn", "Location", p => p.Location, (p, v) => p.Location = v),
        Text(nameof(AidProject.LegalBasis), "Quyết định phê duyệt", "Approval decision", p => p.LegalBasis, (p, v) => p.LegalBasis = v),
        DateOf(nameof(AidProject.ApprovedOn), "Ngày phê duyệt", "Approved on", p => p.ApprovedOn, (p, v) => p.ApprovedOn = v),
        Date("Ngày bắt đầu", "Start date"),
        DateOf(nameof(AidProject.EndDate), "Ngày kết thúc", "End date", p => p.EndDate, (p, v) => p.EndDate = v),
        Money(nameof(AidProject.Commitment), "Vốn cam kết", "Commitment", p => p.Commitment, (p, v) => p.Commitment = v ?? 0, required: true, listed: true),
        Currency(nameof(AidProject.Currency), "Tiền tệ", "Currency", p => p.Currency, (p, v) => p.Currency = v),
        Money(nameof(AidProject.ExchangeRate), "Tỷ giá (đồng)", "Rate (VND)", p => p.ExchangeRate, (p, v) => p.ExchangeRate = v ?? (p.Currency == Currencies.Dong ? 1 : 0), kind: FieldKind.Decimal),
        Choice(nameof(AidProject.Status), "Trạng thái", "Status", p => p.Status, (p, v) => p.Status = v,
        [
            new(nameof(AidStatus.Proposed), "Đề xuất", "Proposed"),
            new(nameof(AidStatus.Approved), "Đã phê duyệt", "Approved"),
            new(nameof(AidStatus.Ongoing), "Đang thực hiện", "Ongoing"),
            new(nameof(AidStatus.Completed), "Hoàn thành", "Completed"),
            new(nameof(AidStatus.Cancelled), "Hủy", "Cancelled"),
        ], listed: true),
        Note(),
    ];

    protected override IQueryable<AidProject> Filter(IQueryable<AidProject> rows) => WithPartner(rows, p => p.Donor);

    protected override void Check(AidProject record, Validation check)
    {
        EndNotBeforeStart(check, record.Date, record.EndDate);
        AidRules.RateMatchesCurrency(check, record.Currency, record.ExchangeRate);
        WholeInDong(check, nameof(AidProject.Commitment), record.Currency, record.Commitment);
    }

    public override async Task CheckAsync(HuuNghiDbContext db, RegisterRecord record, Validation check, CancellationToken ct)
    {
        var project = (AidProject)record;
        if (project.Id == 0) return;
        var disbursed = await AidRules.DisbursedVndAsync(db, project.Id, ct);
        check.Require(disbursed <= project.CommitmentVnd, nameof(AidProject.Commitment),
            $"Vốn cam kết ({AidRules.Dong(project.CommitmentVnd)}) thấp hơn số đã giải ngân ({AidRules.Dong(disbursed)}).",
            $"The commitment ({AidRules.Dong(project.CommitmentVnd)}) is below what was already disbursed ({AidRules.Dong(disbursed)}).");
    }
}
