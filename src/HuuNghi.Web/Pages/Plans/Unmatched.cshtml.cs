using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>Names plans gave that match no unit; mapping one here serves this plan and every later document of the area.</summary>
public sealed class UnmatchedModel(MapUnitName map, UserScopes scopes) : PageModel
{
    public IReadOnlyList<MapUnitName.Unmatched> Rows { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostAsync(int planId, string name, int orgUnitId, CancellationToken ct)
    {
        try
        {
            var n = await map.HandleAsync(new MapUnitName.Command(planId, name, orgUnitId), await scopes.GetAsync(ct), ct);
            Message = Ui.T($"Đã ghi nhớ \"{name}\"; {n} chỗ đã được khớp.", $"Remembered \"{name}\"; {n} place(s) matched.");
        }
        catch (ValidationFailedException e)
        {
            Message = e.Localized.Current;
        }
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Rows = await map.ListAsync(scope, ct);
    }
}
