using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>The collective phrases the seed plans use, shipped as rows so officers can add their own beside them.</summary>
internal sealed class OrgUnitGroupAliasConfiguration : IEntityTypeConfiguration<OrgUnitGroupAlias>
{
    private const string SocioPolitical = nameof(OrgUnitKind.SocioPoliticalOrganisation);
    private const string Mass = nameof(OrgUnitKind.MassOrganisation);
    private const string PartyCommittee = nameof(OrgUnitKind.PartyCommittee);
    private const string LocalBodies = "Department,PublicServiceUnit,Police,Military,FatherlandFront,SocioPoliticalOrganisation,MassOrganisation,Village";
    private const string Everyone = "PartyCommittee,PartyCommission,PartyDelegation,PeoplesCommittee,Department,FatherlandFront,SocioPoliticalOrganisation,MassOrganisation";

    private static readonly (string Text, string Kinds, int Min, int Max, string? Prefix)[] Shipped =
    [
        ("các xã, thị trấn", nameof(OrgUnitKind.PeoplesCommittee), 1, 1, null),
        ("các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy", PartyCommittee, 1, 1, null),
        ("các huyện ủy, thị ủy, thành ủy", PartyCommittee, 1, 1, null),
        ("Các đảng bộ, chi bộ trực thuộc Huyện ủy", PartyCommittee, 1, 1, null),
        ("các tổ chức chính trị - xã hội tỉnh", SocioPolitical, 0, 0, null),
        ("các tổ chức chính trị - xã hội", SocioPolitical, 0, 0, null),
        ("Đảng đoàn các tổ chức chính trị - xã hội tỉnh", SocioPolitical, 0, 0, null),
        ("các hội quần chúng", Mass, 0, 0, null),
        ("các hội quần chúng tỉnh", Mass, 0, 0, null),
        ("Ban Dân vận các huyện, thị, Thành uỷ", nameof(OrgUnitKind.PartyCommission), 1, 1, "ban dan van"),
        ("Các cơ quan, đơn vị, các thôn trên địa bàn xã", LocalBodies, 0, 1, null),
        ("Các cấp ủy, tổ chức đảng, các cơ quan, đơn vị, địa phương", Everyone, 0, 1, null),
        ("Các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh", PartyCommittee, 0, 0, null),
        ("Ủy ban nhân dân các huyện, thị xã giáp biên, kể cả các huyện, thị xã, thành phố trong nội địa có mối quan hệ đối ngoại, hợp tác với các địa phương bạn",
            nameof(OrgUnitKind.PeoplesCommittee), 1, 1, null),
        ("Các công đoàn cơ sở trực thuộc huyện", SocioPolitical, 1, 2, "cong doan"),
    ];

    public void Configure(EntityTypeBuilder<OrgUnitGroupAlias> b)
    {
        b.Property(g => g.Text).HasMaxLength(500);
        b.Property(g => g.Key).HasMaxLength(500);
        b.Property(g => g.Kinds).HasMaxLength(500);
        b.Property(g => g.NamePrefix).HasMaxLength(200);
        b.HasIndex(g => g.Key);
        b.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.ScopeUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasData(Shipped.Select((g, i) => new OrgUnitGroupAlias
        {
            Id = i + 1, Text = g.Text, Key = UnitNameKey.Of(g.Text), Kinds = g.Kinds, MinDepth = g.Min, MaxDepth = g.Max, NamePrefix = g.Prefix,
        }));
    }
}
