using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.Registers.Delegations;

/// <summary>Đoàn vào and đoàn ra share one table and one set of fields; only the direction and the wording differ.</summary>
public abstract class DelegationsRegister(DelegationDirection direction) : Register<Delegation>
{
    protected override IQueryable<Delegation> Filter(IQueryable<Delegation> rows) =>
        WithPartner(rows.Where(d => d.Direction == direction), d => d.Partner);

    protected override Delegation Initialise(Delegation record)
    {
        record.Direction = direction;
        return record;
    }

    protected static IReadOnlyList<RegisterField> FieldsFor(string partnerVi, string partnerEn) =>
    [
        Date("Ngày bắt đầu", "Start date"),
        DateOf(nameof(Delegation.EndDate), "Ngày kết thúc", "End date", d => d.EndDate, (d, v) => d.EndDate = v),
        Partner(nameof(Delegation.Partner), partnerVi, partnerEn, d => d.Partner, (d, p) => d.Partner = p),
        Country(nameof(Delegation.Country), "Quốc gia", "Country", d => d.Country, (d, v) => d.Country = v, required: true, listed: true),
        Text(nameof(Delegation.Purpose), "Mục đích", "Purpose", d => d.Purpose, (d, v) => d.Purpose = v ?? "", required: true, listed: true),
        Text(nameof(Delegation.Field), "Lĩnh vực", "Field", d => d.Field, (d, v) => d.Field = v),
        Integer(nameof(Delegation.People), "Số người", "People", d => d.People, (d, v) => d.People = v ?? 0, required: true, listed: true),
        Flag(nameof(Delegation.SecurityAppraised), "Đã có ý kiến thẩm định an ninh", "Security appraisal done",
            d => d.SecurityAppraised, (d, v) => d.SecurityAppraised = v),
        Note(),
    ];

    protected override void Check(Delegation record, Validation check) => EndNotBeforeStart(check, record.Date, record.EndDate);
}

public sealed class InboundDelegationsRegister() : DelegationsRegister(DelegationDirection.Inbound)
{
    public override string Name => "delegations-in";
    public override Localized Title { get; } = new("Đoàn vào", "Inbound delegations");
    public override IReadOnlyList<RegisterField> Fields { get; } = FieldsFor("Tổ chức, đoàn khách", "Visiting organisation");
}

public sealed class OutboundDelegationsRegister() : DelegationsRegister(DelegationDirection.Outbound)
{
    public override string Name => "delegations-out";
    public override Localized Title { get; } = new("Đoàn ra", "Outbound delegations");
    public override IReadOnlyList<RegisterField> Fields { get; } = FieldsFor("Đối tác, nơi đến", "Host partner");
}
