using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

public sealed class IndexModel(ListPlans list, UserScopes scopes) : PageModel
{
    public IReadOnlyList<ListPlans.Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await list.HandleAsync(await scopes.GetAsync(ct), ct);

    public static string Status(WorkStatus s) => s switch
    {
        WorkStatus.Done => Ui.T("Hoàn thành", "Done"),
        WorkStatus.InProgress => Ui.T("Đang thực hiện", "In progress"),
        WorkStatus.Overdue => Ui.T("Quá hạn", "Overdue"),
        _ => Ui.T("Chưa thực hiện", "Not started"),
    };

    public static string Css(WorkStatus s) => s switch { WorkStatus.Done => "ok", WorkStatus.Overdue => "warn", _ => "" };
}
