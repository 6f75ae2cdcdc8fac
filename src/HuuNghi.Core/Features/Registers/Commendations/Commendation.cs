using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Commendations;

/// <summary>
/// A commendation for people-to-people foreign-affairs work, given to a person or a collective by a
/// decision. <see cref="RegisterRecord.Date"/> is the decision's date.
/// </summary>
public sealed class Commendation : RegisterRecord
{
    public string DecisionReference { get; set; } = "";
    public CommendationForm Form { get; set; }
    public string Recipient { get; set; } = "";
    public bool IsCollective { get; set; }
    public string Reason { get; set; } = "";
    public string? IssuedBy { get; set; }
}

public enum CommendationForm { CertificateOfMerit, Commendation, Order, Medal, CommemorativeMedal, Other }

internal sealed class CommendationConfiguration : RegisterRecordConfiguration<Commendation>
{
    protected override void ConfigureMore(EntityTypeBuilder<Commendation> b)
    {
        b.Property(c => c.DecisionReference).HasMaxLength(100);
        b.Property(c => c.Recipient).HasMaxLength(300);
        b.Property(c => c.Reason).HasMaxLength(500);
        b.Property(c => c.IssuedBy).HasMaxLength(300);
    }
}

public sealed class CommendationsRegister : Register<Commendation>
{
    public override string Name => "commendations";
    public override Localized Title { get; } = new("Khen thưởng", "Commendations");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Text(nameof(Commendation.DecisionReference), "Số quyết định", "Decision number", c => c.DecisionReference,
            (c, v) => c.DecisionReference = v ?? "", required: true, listed: true, max: 100),
        Date("Ngày quyết định", "Decision date"),
        Choice(nameof(Commendation.Form), "Hình thức", "Form", c => c.Form, (c, v) => c.Form = v,
        [
            new(nameof(CommendationForm.CertificateOfMerit), "Bằng khen", "Certificate of merit"),
            new(nameof(CommendationForm.Commendation), "Giấy khen", "Letter of commendation"),
            new(nameof(CommendationForm.Order), "Huân chương", "Order"),
            new(nameof(CommendationForm.Medal), "Huy chương", "Medal"),
            new(nameof(CommendationForm.CommemorativeMedal), "Kỷ niệm chương", "Commemorative medal"),
            new(nameof(CommendationForm.Other), "Khác", "Other"),
        ], listed: true),
        Text(nameof(Commendation.Recipient), "Cá nhân, tập thể được khen", "Recipient", c => c.Recipient, (c, v) => c.Recipient = v ?? "",
            required: true, listed: true),
        Flag(nameof(Commendation.IsCollective), "Tập thể", "Collective", c => c.IsCollective, (c, v) => c.IsCollective = v),
        Text(nameof(Commendation.Reason), "Thành tích", "For", c => c.Reason, (c, v) => c.Reason = v ?? "", required: true, max: 500),
        Text(nameof(Commendation.IssuedBy), "Cơ quan ban hành", "Issued by", c => c.IssuedBy, (c, v) => c.IssuedBy = v),
        Note(),
    ];
}
