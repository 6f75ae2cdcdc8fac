namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>"Child was under Parent from ValidFrom to ValidTo" (both inclusive, null = open).</summary>
public sealed class OrgUnitParentLink
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public int ParentId { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    public bool ActiveOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);

    public bool Overlaps(DateOnly? from, DateOnly? to) =>
        (ValidFrom is null || to is null || ValidFrom <= to) && (ValidTo is null || from is null || from <= ValidTo);
}
