namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// A change of the tree as the law made it: "Long An merged into Tây Ninh on 1/7/2025 (Resolution
/// 202/2025/QH15)". Events explain the links and validity dates; roll-ups "as the tree stands now" follow
/// them from predecessor to successor.
/// </summary>
public sealed class OrgUnitEvent
{
    public int Id { get; set; }
    public OrgEventKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public string? LegalBasis { get; set; }
    public string? Note { get; set; }
    public string? OldName { get; set; }
    public string? NewName { get; set; }
    public List<OrgUnitEventUnit> Units { get; set; } = [];
}

public enum OrgEventKind { Establish, Rename, Move, Merge, Split, Dissolve }

public enum OrgEventRole { Source, Target }

public sealed class OrgUnitEventUnit
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int OrgUnitId { get; set; }
    public OrgEventRole Role { get; set; }
}
