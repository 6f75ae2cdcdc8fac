using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Aid;

/// <summary>Planned and actual disbursements, each against a project by its id (the first column of the projects export).</summary>
public sealed class AidDisbursementsRegister : Register<AidTransaction>
{
    public override string Name => "aid-disbursements";
    public override Localized Title { get; } = new("Giải ngân viện trợ", "Aid disbursements");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        new RegisterField
        {
            Name = nameof(AidTransaction.ProjectId), Label = new("Mã dự án", "Project id"), Kind = FieldKind.Integer,
            Required = true, Listed = true, Min = 1,
            Get = t => (long)((AidTransaction)t).ProjectId, Set = (t, v) => ((AidTransaction)t).ProjectId = checked((int)(long)v!),
        },
        Choice(nameof(AidTransaction.Kind), "Loại", "Kind", t => t.Kind, (t, v) => t.Kind = v,
        [
            new(nameof(AidTransactionKind.PlannedDisbursement), "Kế hoạch giải ngân", "Planned disbursement"),
            new(nameof(AidTransactionKind.Disbursement), "Giải ngân thực tế", "Actual disbursement"),
        ], listed: true),
        Date("Ngày giá trị", "Value date"),
        Money(nameof(AidTransaction.Amount), "Số tiền", "Amount", t => t.Amount, (t, v) => t.Amount = v ?? 0, required: true, listed: true),
        Currency(nameof(AidTransaction.Currency), "Tiền tệ", "Currency", t => t.Currency, (t, v) => t.Currency = v),
        Money(nameof(AidTransaction.ExchangeRate), "Tỷ giá (đồng)", "Rate (VND)", t => t.ExchangeRate, (t, v) => t.ExchangeRate = v ?? (t.Currency == Currencies.Dong ? 1 : 0), kind: FieldKind.Decimal),
        Note(),
    ];

    protected override void Check(AidTransaction record, Validation check)
    {
        AidRules.RateMatchesCurrency(check, record.Currency, record.ExchangeRate);
        WholeInDong(check, nameof(AidTransaction.Amount), record.Currency, record.Amount);
    }

    public override async Task CheckAsync(HuuNghiDbContext db, RegisterRecord record, Validation check, CancellationToken ct)
    {
        var transaction = (AidTransaction)record;
        var project = await db.Set<AidProject>().AsNoTracking().Where(p => p.Id == transaction.ProjectId)
            .Select(p => new { p.OrgUnitId, p.Commitment, p.ExchangeRate }).FirstOrDefaultAsync(ct);
        if (project is null)
        {
            check.Add(nameof(AidTransaction.ProjectId), new($"Không có dự án mã {transaction.ProjectId}.", $"There is no project with id {transaction.ProjectId}."));
            return;
        }
        check.Require(project.OrgUnitId == transaction.OrgUnitId, "OrgUnitId",
            "Giải ngân phải thuộc đơn vị quản lý dự án.", "A disbursement belongs to the unit that owns the project.");
        if (transaction.Kind != AidTransactionKind.Disbursement) return;
        var commitment = project.Commitment * project.ExchangeRate;
        var disbursed = await AidRules.DisbursedVndAsync(db, transaction.ProjectId, ct);
        check.Require(disbursed <= commitment, nameof(AidTransaction.Amount),
            $"Tổng giải ngân ({AidRules.Dong(disbursed)}) vượt vốn cam kết của dự án ({AidRules.Dong(commitment)}).",
            $"Total disbursed ({AidRules.Dong(disbursed)}) would exceed the project's commitment ({AidRules.Dong(commitment)}).");
    }
}
