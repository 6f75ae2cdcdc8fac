namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// "Descendant was under Ancestor (through any number of dated parent links) every day from ValidFrom to
/// ValidTo", both inclusive. Derived from the parent links and the units' validity by <see cref="OrgClosure"/>,
/// so "the subtree of X as it stood on D" is one indexed lookup. Every unit has a depth-0 row with itself.
/// Open ends are stored as <see cref="OrgClosure.Beginning"/> / <see cref="OrgClosure.End"/> rather than null,
/// so a range test is two plain comparisons the index can serve.
/// </summary>
public sealed class OrgUnitClosure
{
    public long Id { get; set; }
    public int AncestorId { get; set; }
    public int DescendantId { get; set; }
    public int Depth { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
}
