using HuuNghi.Core.Features.Plans;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HuuNghi.Web.Pages.Plans;

/// <summary>My tasks (a unit officer), or with <c>due=true</c> what is due soon or overdue across my subtree (a focal officer).</summary>
public sealed class TasksModel(ListTasks list, ListReminders reminders, SendReminders send, UserScopes scopes) : PageModel
{
    [FromQuery] public bool Due { get; set; }
    public IReadOnlyList<ListTasks.Row> Rows { get; private set; } = [];
    public IReadOnlyList<ListReminders.Row> Reminders { get; private set; } = [];
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task OnPostRemindAsync(CancellationToken ct)
    {
        var r = await send.HandleAsync(7, await scopes.GetAsync(ct), ct);
        Message = Ui.T($"Đã gửi {r.Recorded} lời nhắc ({r.Emailed} qua thư điện tử).", $"Sent {r.Recorded} reminder(s) ({r.Emailed} by e-mail).");
        Due = true;
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        Rows = await list.HandleAsync(new ListTasks.Query(Due), scope, ct);
        Reminders = await reminders.HandleAsync(scope, ct);
    }
}
