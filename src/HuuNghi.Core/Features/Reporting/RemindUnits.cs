using HuuNghi.Core.Features.Mail;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>A focal officer chases now every expected unit that has not submitted (exceptions excepted).</summary>
public sealed class RemindUnits(HuuNghiDbContext db, OrgTreeCache trees, Mailer mailer)
{
    public async Task<int> HandleAsync(int requestId, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(ReportingRules.Raisers);
        var request = await db.LoadRequestAsync(requestId, ct);
        scope.Demand(request.ReceiverId);
        var tree = await trees.GetAsync(db, ct);
        var headers = await db.Submissions.Where(s => s.RequestId == requestId)
            .Select(s => new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt)).ToListAsync(ct);
        var missing = RateCalculator.Compute(request, request.Expected, headers, tree).Missing.ToList();
        var kind = ReportRequest.Today(db.Clock) > request.Deadline ? ReminderKind.AfterDeadline : ReminderKind.BeforeDeadline;
        return await Reminding.SendAsync(db, mailer, tree, request, missing, kind, ct);
    }
}
