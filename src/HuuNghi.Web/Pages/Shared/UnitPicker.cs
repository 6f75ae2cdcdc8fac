namespace HuuNghi.Web.Pages.Shared;

/// <summary>
/// What <c>_UnitPicker</c> draws: the posted field (a hidden input keeps the form's name, so posts and links are
/// unchanged), the current unit's name, and the search the typing asks. The page carries one unit, not the country.
/// <see cref="Search"/> names another search than the units in scope (plans search the units of the officer's area);
/// <see cref="ElementId"/> tells several pickers of one field apart (one form per row).
/// </summary>
public sealed record UnitPicker(string Field, string Label, int? UnitId, string? UnitName, string? EmptyLabel = null, DateOnly? AsOf = null,
    string? Search = null, string? Id = null)
{
    public string SearchUrl => (Search ?? "/OrgUnits?handler=Search") + (AsOf is { } day ? "&asOf=" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "");
    public string ElementId => Id ?? Field;
}
