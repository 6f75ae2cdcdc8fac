using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Features.Home;

/// <summary>The header bell: reminders received that the user has not opened, and plans assigning work stored since their last look.</summary>
public sealed class CountNews(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    /// <summary>The bell shows "99+" beyond this; capping the reminders read keeps a query that runs on every page cheap.</summary>
    public const int Cap = 99;

    public sealed record Result(int Reminders, int Assignments)
    {
        public int Total => Reminders + Assignments;
    }

    public async Task<Result> HandleAsync(UnitScope scope, CancellationToken ct = default)
    {
        if (scope.All) return new Result(0, 0);
        var newSince = await Inbox.NewSinceAsync(db, clock, ct);
        var tree = await trees.GetAsync(db, ct);
        var reminders = await Inbox.RemindersAsync(db, tree, scope, ReportRequest.Today(clock), Cap, ct);
        var assignments = await Inbox.AssignmentsAsync(db, scope, newSince, onlyNew: true, ct);
        return new Result(reminders.Count(r => r.IsNew), assignments.Count(a => a.IsNew));
    }
}
