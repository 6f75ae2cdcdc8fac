namespace HuuNghi.Core.Features.Audit;

/// <summary>One change to one entity: who, when, what, and the values before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }

    /// <summary>
    /// The unit the changed record belongs to (a unit itself, a record's owning unit, a plan's issuer), so the trail
    /// can be read per unit. Null on rows written before it was kept, and for records of no unit (a user account).
    /// </summary>
    public int? OrgUnitId { get; set; }
}
