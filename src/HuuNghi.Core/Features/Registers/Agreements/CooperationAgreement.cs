using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Agreements;

/// <summary>
/// A cooperation agreement, memorandum, minutes or covenant with a foreign partner (a Cambodian province's
/// body, an organisation). <see cref="RegisterRecord.Date"/> is the signing day; it is in force from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/> (open when no end is agreed).
/// </summary>
public sealed class CooperationAgreement : RegisterRecord
{
    public string Title { get; set; } = "";
    public AgreementKind Kind { get; set; }
    public int PartnerId { get; set; }
    public Partner? Partner { get; set; }
    public string? Country { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>Renews an earlier agreement with the same partner.</summary>
    public bool IsRenewal { get; set; }

    public bool InForceOn(DateOnly day) => (ValidFrom ?? Date) <= day && (ValidTo is null || day <= ValidTo);
}

public enum AgreementKind { Agreement, Memorandum, Minutes, Covenant }

internal sealed class CooperationAgreementConfiguration : RegisterRecordConfiguration<CooperationAgreement>
{
    protected override void ConfigureMore(EntityTypeBuilder<CooperationAgreement> b)
    {
        b.HasOne(a => a.Partner).WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Country).HasMaxLength(2);
        b.HasIndex(a => a.ValidTo);
    }
}

public sealed class AgreementsRegister : Register<CooperationAgreement>
{
    public override string Name => "agreements";
    public override Localized Title { get; } = new("Thỏa thuận hợp tác", "Cooperation agreements");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(CooperationAgreement.Title), "Tên văn bản", "Title", a => a.Title, (a, v) => a.Title = v ?? "", required: true, listed: true, max: 500),
        Choice(nameof(CooperationAgreement.Kind), "Loại", "Kind", a => a.Kind, (a, v) => a.Kind = v,
        [
            new(nameof(AgreementKind.Agreement), "Thỏa thuận", "Agreement"),
            new(nameof(AgreementKind.Memorandum), "Bản ghi nhớ", "Memorandum of understanding"),
            new(nameof(AgreementKind.Minutes), "Biên bản", "Minutes"),
            new(nameof(AgreementKind.Covenant), "Bản giao ước", "Covenant"),
        ]),
        Partner(nameof(CooperationAgreement.Partner), "Đối tác", "Partner", a => a.Partner, (a, p) => a.Partner = p),
        Country(nameof(CooperationAgreement.Country), "Quốc gia", "Country", a => a.Country, (a, v) => a.Country = v),
        Date("Ngày ký", "Signed on"),
        DateOf(nameof(CooperationAgreement.ValidFrom), "Hiệu lực từ", "Valid from", a => a.ValidFrom, (a, v) => a.ValidFrom = v),
        DateOf(nameof(CooperationAgreement.ValidTo), "Hiệu lực đến", "Valid to", a => a.ValidTo, (a, v) => a.ValidTo = v, listed: true),
        Flag(nameof(CooperationAgreement.IsRenewal), "Ký gia hạn", "Renewal", a => a.IsRenewal, (a, v) => a.IsRenewal = v),
        Note(),
    ];

    protected override IQueryable<CooperationAgreement> Filter(IQueryable<CooperationAgreement> rows) => WithPartner(rows, a => a.Partner);

    protected override void Check(CooperationAgreement record, Validation check) =>
        EndNotBeforeStart(check, record.ValidFrom ?? record.Date, record.ValidTo, nameof(CooperationAgreement.ValidTo));
}
