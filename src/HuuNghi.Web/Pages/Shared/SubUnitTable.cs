using HuuNghi.Core.Features.Home;

namespace HuuNghi.Web.Pages.Shared;

/// <summary>
/// What <c>_SubUnitTable</c> draws: a comparison's rows, already sorted, one page of <see cref="PageSize"/> at a time
/// (a province since the 2025 reform has a hundred communes and more), each heading a sort link and each figure a link
/// to its rows. <see cref="Link"/> builds the page's own address for a sort column and a page number.
/// </summary>
public sealed record SubUnitTable(ListSubUnitComparison.Result Comparison, IReadOnlyList<ListSubUnitComparison.Row> Rows, int Page,
    Func<string?, int, string> Link, string? Sort)
{
    public const int PageSize = 50;

    public int PageCount => Math.Max(1, (Rows.Count + PageSize - 1) / PageSize);
    public int CurrentPage => Math.Clamp(Page, 1, PageCount);
    public IEnumerable<ListSubUnitComparison.Row> Shown => Rows.Skip((CurrentPage - 1) * PageSize).Take(PageSize);
}
