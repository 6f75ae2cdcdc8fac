using HuuNghi.Core.Features.Registers.Partners;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Registers;

/// <summary>The partner directory every register shares, searched without regard to diacritics or case.</summary>
public sealed class PartnersModel(ListPartners list, UserScopes scopes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<ListPartners.Row> Partners { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await scopes.GetAsync(ct);
        Partners = await list.HandleAsync(Q, ct);
    }
}
