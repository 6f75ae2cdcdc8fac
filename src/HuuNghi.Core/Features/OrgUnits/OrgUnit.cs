using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// A body (People's Committee, Party committee, department, Front, association…) or an administrative area
/// (province, district, commune). Areas carry the tree: a body hangs under its area, a lower area under the
/// higher one. Nothing here is ever deleted or rewritten: a unit that ends gets <see cref="ValidTo"/>, a move
/// gets a new parent link, a merge or split is an <see cref="OrgUnitEvent"/>.
/// </summary>
public sealed class OrgUnit : IVersioned
{
    public int Id { get; set; }

    /// <summary>Stable key from the reference data ("dt.thapmuoi.ubnd"); survives renames.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }

    /// <summary>
    /// Mã định danh điện tử (QCVN 102:2016, Decision 20/2020/QĐ-TTg), e.g. "000.00.00.H49": the OrganId other
    /// agencies' e-office systems know this unit by. Unique when set; null until an officer sets it.
    /// </summary>
    public string? IdentifierCode { get; set; }
    public OrgUnitKind Kind { get; set; }
    public OrgLevel Level { get; set; }

    /// <summary>First day the unit existed; null when it predates our records.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day the unit existed (inclusive); null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>Name folded for search and matching (no diacritics, lower case).</summary>
    public string NameKey { get; set; } = "";

    public int Version { get; set; }

    public List<OrgUnitParentLink> ParentLinks { get; set; } = [];

    public bool ExistsOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

public enum OrgLevel
{
    Central = 0,
    Province = 1,
    /// <summary>Abolished on 1/7/2025 (Resolution 203/2025/QH15); kept for history.</summary>
    District = 2,
    Commune = 3,
    Village = 4,
}

public enum OrgUnitKind
{
    /// <summary>Tỉnh, thành phố, huyện, xã, phường, đặc khu: the area itself, parent of its bodies.</summary>
    AdministrativeArea,
    PartyCommittee,
    /// <summary>Ban Dân vận, Ban Tuyên giáo, Văn phòng cấp ủy…</summary>
    PartyCommission,
    /// <summary>Đảng đoàn, Ban cán sự đảng.</summary>
    PartyDelegation,
    PeoplesCommittee,
    PeoplesCouncil,
    /// <summary>Sở, phòng, văn phòng of the State.</summary>
    Department,
    FatherlandFront,
    /// <summary>Công đoàn, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh.</summary>
    SocioPoliticalOrganisation,
    /// <summary>Hội quần chúng, hội hữu nghị, Liên hiệp các tổ chức hữu nghị.</summary>
    MassOrganisation,
    Police,
    Military,
    PublicServiceUnit,
    Village,
    CentralBody,
}
