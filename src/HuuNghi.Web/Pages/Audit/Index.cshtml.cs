using HuuNghi.Core.Features.Audit;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Audit;

public sealed class IndexModel(ListAudit list, UserScopes scopes) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public ListAudit.Result Result { get; private set; } = new([], 0, 1, 50);

    public async Task OnGetAsync(CancellationToken ct) =>
        Result = await list.HandleAsync(new ListAudit.Query(EntityType, EntityId, UserName, From, To, PageNumber), await scopes.GetAsync(ct), ct);
}
