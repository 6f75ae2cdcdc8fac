namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// A phrase that names a collective ("các huyện ủy, thị ủy, thành ủy", "các tổ chức chính trị - xã hội tỉnh")
/// and the rule for the units it means: units of <see cref="Kinds"/> inside the writer's area, between
/// <see cref="MinDepth"/> and <see cref="MaxDepth"/> levels below that area (0 = the area's own level), whose
/// name key starts with <see cref="NamePrefix"/> when one is given. Read on the plan's date, so a 2022 plan's
/// "các huyện ủy" keeps meaning the districts abolished in 2025. Data, not code: officers can add phrases.
/// </summary>
public sealed class OrgUnitGroupAlias
{
    public int Id { get; set; }
    public required string Text { get; set; }
    public required string Key { get; set; }
    /// <summary>The area (or body) inside which the phrase holds; null = everywhere.</summary>
    public int? ScopeUnitId { get; set; }
    /// <summary>Comma-separated <see cref="OrgUnitKind"/> names.</summary>
    public required string Kinds { get; set; }
    public int MinDepth { get; set; }
    public int MaxDepth { get; set; }
    public string? NamePrefix { get; set; }

    public IReadOnlySet<OrgUnitKind> KindSet() =>
        Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<OrgUnitKind>).ToHashSet();
}
