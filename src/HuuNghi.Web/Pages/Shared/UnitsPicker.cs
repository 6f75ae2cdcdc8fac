namespace HuuNghi.Web.Pages.Shared;

/// <summary>
/// What <c>_UnitsPicker</c> draws: several units chosen by typing, each a chip holding a hidden input named
/// <see cref="Field"/>, so the form posts the ids exactly as a multiple select did and handlers stay as they are.
/// </summary>
public sealed record UnitsPicker(string Field, string Label, IReadOnlyList<UnitsPicker.Unit> Chosen, string SearchUrl)
{
    public sealed record Unit(int Id, string Name);
}
