namespace HuuNghi.Web.Pages.Shared;

/// <summary>
/// What <c>_UnitPicker</c> draws: the posted field (a hidden input keeps the form's name, so posts and links are
/// unchanged), the current unit's name, and the search the typing asks. The page carries one unit, not the country.
/// </summary>
public sealed record UnitPicker(string Field, string Label, int? UnitId, string? UnitName, string? EmptyLabel = null, DateOnly? AsOf = null)
{
    public string SearchUrl => "/OrgUnits?handler=Search" + (AsOf is { } day ? "&asOf=" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
}
