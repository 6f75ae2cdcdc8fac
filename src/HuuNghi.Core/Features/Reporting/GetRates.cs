using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Reporting and on-time rates of one request, for the whole request or a subtree (a province's districts),
/// with every expected unit's status. The receiver sees all; a reporting unit sees the units of its own subtree.
/// </summary>
public sealed class GetRates(HuuNghiDbContext db, OrgTreeCache trees)
{
    public sealed record Result(int RequestId, string Title, string Period, Localized PeriodLabel, DateOnly CutoffFrom, DateOnly CutoffTo,
        DateOnly Deadline, int ReceiverId, string ReceiverName, string? SourceReference, DateOnly? SourceDate, int? SourceDocumentId, DateOnly FrozenOn, RequestRates Rates);

    public async Task<Result> HandleAsync(int requestId, int? subtreeRootId, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.LoadRequestAsync(requestId, ct);
        var tree = await trees.GetAsync(db, ct);
        var visible = Visible(request, subtreeRootId, scope, tree);
        var headers = await db.Submissions.Where(s => s.RequestId == requestId)
            .Select(s => new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt)).ToListAsync(ct);
        var rates = RateCalculator.Compute(request, visible, headers, tree);
        return new Result(request.Id, request.Title, request.PeriodKey, ReportingPeriod.Parse(request.PeriodKey).Label,
            request.CutoffFrom, request.CutoffTo, request.Deadline, request.ReceiverId, tree.NameOn(request.ReceiverId, request.FrozenOn),
            request.SourceReference, request.SourceDate, request.SourceDocumentId, request.FrozenOn, rates);
    }

    internal static List<ExpectedReporter> Visible(ReportRequest request, int? subtreeRootId, UnitScope scope, OrgTree tree)
    {
        IEnumerable<ExpectedReporter> units = request.Expected;
        if (subtreeRootId is { } root)
        {
            scope.Demand(root);
            // "Any time": the frozen units may have closed or moved since; they still belong to the root they reported under.
            var under = tree.SubtreeAnyTime([root]);
            units = units.Where(e => under.Contains(e.OrgUnitId));
        }
        else if (!scope.Contains(request.ReceiverId))
        {
            units = units.Where(e => scope.Contains(e.OrgUnitId));
        }
        var list = units.ToList();
        if (list.Count == 0 && !scope.Contains(request.ReceiverId)) throw new ForbiddenException();
        return list;
    }
}
