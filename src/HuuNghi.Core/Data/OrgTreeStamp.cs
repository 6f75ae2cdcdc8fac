namespace HuuNghi.Core.Data;

/// <summary>
/// One row whose value changes whenever units, links, events or aliases change, in the same transaction.
/// The in-memory org tree compares it to decide whether to reload: one tiny query instead of the tree.
/// </summary>
public sealed class OrgTreeStamp
{
    public int Id { get; set; }
    public long Value { get; set; }
}
