using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Home;

/// <summary>The header bell: reminders received and plans assigning work that arrived within <see cref="ListMyWork.NewForDays"/> days.</summary>
public sealed class CountNews(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Result(int Reminders, int Assignments)
    {
        public int Total => Reminders + Assignments;
    }

    public async Task<Result> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        if (scope.All) return new Result(0, 0);
        var newSince = clock.GetUtcNow().UtcDateTime.AddDays(-ListMyWork.NewForDays);
        var tree = await trees.GetAsync(db, ct);
        var reminders = await Inbox.RemindersAsync(db, tree, scope, newSince, ReportRequest.Today(clock), 99, ct);
        var assignments = await Inbox.AssignmentsAsync(db, scope, newSince, onlyNew: true, ct);
        return new Result(reminders.Count(r => r.IsNew), assignments.Count(a => a.IsNew));
    }
}
