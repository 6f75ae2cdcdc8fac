using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Core.Features.ReportWriter;

/// <summary>
/// What a unit's letterhead says when its <see cref="IssuerProfile"/> leaves a part empty, worked out from the org
/// tree on the report's day: a People's Committee heads its own documents; a department writes its People's
/// Committee above itself; the place is the area's name without its level ("Tháp Mười", "Đồng Tháp").
/// </summary>
public static class IssuerDefaults
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly string[] AreaPrefixes =
        ["Thành phố ", "Thị xã ", "Thị trấn ", "Tỉnh ", "Huyện ", "Quận ", "Xã ", "Phường ", "Đặc khu "];

    /// <summary>The day a letterhead is written for now: today, or the last day of a unit that has since been dissolved.</summary>
    public static DateOnly Today(OrgUnit unit, TimeProvider clock)
    {
        var today = Reporting.ReportRequest.Today(clock);
        return unit.ValidTo is { } end && end < today ? end : today;
    }

    public static ReportLetterhead For(OrgTree tree, int unitId, DateOnly day, IssuerProfile? profile, string kindSymbol = "BC")
    {
        var unit = tree.Find(unitId) ?? throw new NotFoundException(new($"Không có đơn vị mã {unitId}.", $"There is no unit {unitId}."));
        var name = tree.NameOn(unitId, day);
        var area = AreaOf(tree, unitId, day);
        var areaName = area is null ? null : tree.NameOn(area.Id, day);
        var system = unit.Kind is OrgUnitKind.PartyCommittee or OrgUnitKind.PartyCommission or OrgUnitKind.PartyDelegation
            ? IssuingSystem.Party : IssuingSystem.State;

        var parent = Blank(profile?.IssuerParent) ?? DefaultParent(tree, unit, area, day);
        var issuer = Blank(profile?.Issuer) ?? Upper(name);
        var abbreviation = Blank(profile?.Abbreviation) ?? Abbreviate(unit, name);
        var place = Blank(profile?.Place) ?? (areaName is null ? name : StripLevel(areaName));
        var authority = profile?.SignerAuthority is { Count: > 0 } lines ? lines : DefaultAuthority(unit.Kind);
        var position = Blank(profile?.SignerPosition) ?? DefaultPosition(unit.Kind);
        var signer = Blank(profile?.SignerName);
        var distribution = profile?.Distribution is { Count: > 0 } d ? d : ["Như trên", "Lưu: VT"];

        var symbol = system == IssuingSystem.Party ? $"{kindSymbol}/{abbreviation}" : $"{kindSymbol}-{abbreviation}";
        return new ReportLetterhead(system, parent, issuer, null, symbol, place, null, day.Year, authority, position, signer, distribution);
    }

    private static OrgUnit? AreaOf(OrgTree tree, int unitId, DateOnly day)
    {
        foreach (var id in tree.AncestorsOn(unitId, day))
            if (tree.Find(id) is { Kind: OrgUnitKind.AdministrativeArea } area) return area;
        return null;
    }

    /// <summary>A body under an area that is not the area's own People's Committee names that committee above itself.</summary>
    private static string? DefaultParent(OrgTree tree, OrgUnit unit, OrgUnit? area, DateOnly day)
    {
        if (area is null || unit.Kind is not (OrgUnitKind.Department or OrgUnitKind.PublicServiceUnit)) return null;
        return "UBND " + Upper(tree.NameOn(area.Id, day));
    }

    private static string Abbreviate(OrgUnit unit, string name) => unit.Kind switch
    {
        OrgUnitKind.PeoplesCommittee => "UBND",
        OrgUnitKind.FatherlandFront => "MTTQ",
        OrgUnitKind.PeoplesCouncil => "HĐND",
        _ when !string.IsNullOrWhiteSpace(unit.ShortName) && unit.ShortName.Length <= 12 && !unit.ShortName.Contains(' ') => unit.ShortName,
        // The initials of the body's own name, without the area it belongs to ("Sở Ngoại vụ tỉnh Đồng Tháp" → "SNV").
        _ => string.Concat(OwnName(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpper(w[0], Vietnamese))),
    };

    private static string OwnName(string name)
    {
        foreach (var level in new[] { " tỉnh ", " thành phố ", " huyện ", " quận ", " thị xã ", " xã ", " phường ", " thị trấn " })
        {
            var at = name.IndexOf(level, StringComparison.OrdinalIgnoreCase);
            if (at > 0) return name[..at];
        }
        return name;
    }

    private static IReadOnlyList<string> DefaultAuthority(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.PeoplesCommittee => ["TM. ỦY BAN NHÂN DÂN"],
        OrgUnitKind.FatherlandFront => ["TM. BAN THƯỜNG TRỰC"],
        OrgUnitKind.PartyCommittee => ["T/M BAN THƯỜNG VỤ"],
        _ => [],
    };

    private static string? DefaultPosition(OrgUnitKind kind) => kind switch
    {
        OrgUnitKind.PeoplesCommittee or OrgUnitKind.FatherlandFront or OrgUnitKind.PeoplesCouncil => "CHỦ TỊCH",
        OrgUnitKind.Department => "GIÁM ĐỐC",
        OrgUnitKind.PartyCommittee => "BÍ THƯ",
        OrgUnitKind.PartyCommission => "TRƯỞNG BAN",
        _ => null,
    };

    public static string StripLevel(string areaName)
    {
        foreach (var prefix in AreaPrefixes)
            if (areaName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return areaName[prefix.Length..];
        return areaName;
    }

    private static string Upper(string text) => text.ToUpper(Vietnamese);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
