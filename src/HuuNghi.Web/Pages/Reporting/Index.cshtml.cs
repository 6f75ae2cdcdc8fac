using HuuNghi.Core.Features.Reporting;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Reporting;

/// <summary>The report requests a user receives or must answer, with how many units have reported.</summary>
public sealed class IndexModel(ListRequests list, UserScopes scopes) : PageModel
{
    public IReadOnlyList<ListRequests.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.HandleAsync(await scopes.GetAsync(ct), ct);
}
