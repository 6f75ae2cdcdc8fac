using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// What every register row shares: the one unit that owns it, the day it happened (or, for a count, the day
/// it was taken), and a soft delete, because a fact that fed a submitted report must stay readable in the
/// audit trail.
/// </summary>
public abstract class RegisterRecord : IVersioned
{
    public int Id { get; set; }
    public int OrgUnitId { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
    public DateTime? DeletedAt { get; set; }
    public int Version { get; set; }
}
