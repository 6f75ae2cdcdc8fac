namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Another way documents name a unit. A scoped alias only holds inside an area: "UBND Tỉnh" means the
/// Đồng Tháp People's Committee in a Tháp Mười report, and Tây Ninh's in a Tây Ninh letter.
/// Officers add aliases when they map a name the system could not match; the mapping then serves every
/// later document.
/// </summary>
public sealed class OrgUnitAlias
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    /// <summary>The area (or body) inside which the alias holds; null = everywhere.</summary>
    public int? ScopeUnitId { get; set; }
    public required string Text { get; set; }
    public required string Key { get; set; }
}
