using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Reporting;

/// <summary>
/// Reporting and on-time rates of one request, for the whole request or a subtree (a province's districts),
/// with every expected unit's status. The receiver sees all; a reporting unit sees the units of its own subtree.
/// Built for a national request (25,000 expected units): one untracked query joins the frozen reporters to
/// their submission headers and units, the subtree is a recursive query in the database, and the list of
/// units can be asked for a page at a time and by status (the totals always cover every visible unit).
/// </summary>
public sealed class GetRates(HuuNghiDbContext db)
{
    public const int MaxPageSize = 1000;

    /// <param name="PageSize">Null for every unit (the CLI's full list); otherwise at most <see cref="MaxPageSize"/>.</param>
    public sealed record Query(int RequestId, int? SubtreeRootId = null, UnitReportStatus? Status = null, int Page = 1, int? PageSize = null);

    /// <param name="UnitCount">The units matching <see cref="Query.Status"/> before paging: what a pager needs.</param>
    public sealed record Result(int RequestId, string Title, string Period, Localized PeriodLabel, DateOnly CutoffFrom, DateOnly CutoffTo,
        DateOnly Deadline, int ReceiverId, string ReceiverName, string? SourceReference, DateOnly? SourceDate, int? SourceDocumentId, DateOnly FrozenOn,
        RequestRates Rates, int UnitCount = 0, int Page = 1, int? PageSize = null);

    public Task<Result> HandleAsync(int requestId, int? subtreeRootId, UnitScope scope, CancellationToken ct = default) =>
        PageAsync(new Query(requestId, subtreeRootId), scope, ct);

    /// <summary>The rates with a page of the units, optionally of one status (named apart from HandleAsync, which the registration looks up by name).</summary>
    public async Task<Result> PageAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var request = await db.ReportRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.RequestId, ct)
            ?? throw new NotFoundException(new Localized($"Không có yêu cầu báo cáo số {query.RequestId}.", $"There is no report request {query.RequestId}."));
        var expected = db.ExpectedReporters.AsNoTracking().Where(e => e.RequestId == request.Id);
        if (query.SubtreeRootId is { } root)
        {
            scope.Demand(root);
            var under = SubtreeAnyTime(root);
            expected = expected.Where(e => under.Contains(e.OrgUnitId));
        }
        var rows = await (
            from e in expected
            join u in db.OrgUnits on e.OrgUnitId equals u.Id
            join s in db.Submissions.Where(s => s.RequestId == request.Id) on e.OrgUnitId equals s.OrgUnitId into subs
            from s in subs.DefaultIfEmpty()
            select new RateCalculator.Row(e.OrgUnitId, e.NameThen, u.ValidTo, s == null ? null : s.Id, s == null ? null : s.Status, s == null ? null : s.SubmittedAt))
            .ToListAsync(ct);
        if (query.SubtreeRootId is null && !scope.Contains(request.ReceiverId)) rows = [.. rows.Where(r => scope.Contains(r.OrgUnitId))];
        if (rows.Count == 0 && !scope.Contains(request.ReceiverId)) throw new ForbiddenException();

        var all = RateCalculator.Compute(request, rows);
        var matching = query.Status is { } status ? [.. all.Units.Where(u => u.Status == status)] : all.Units;
        var size = query.PageSize is { } p ? Math.Clamp(p, 1, MaxPageSize) : (int?)null;
        var page = Math.Max(1, query.Page);
        var units = size is { } n ? [.. matching.Skip((page - 1) * n).Take(n)] : matching;
        return new Result(request.Id, request.Title, request.PeriodKey, ReportingPeriod.Parse(request.PeriodKey).Label,
            request.CutoffFrom, request.CutoffTo, request.Deadline, request.ReceiverId, await NameOnAsync(request.ReceiverId, request.FrozenOn, ct),
            request.SourceReference, request.SourceDate, request.SourceDocumentId, request.FrozenOn, all with { Units = units },
            matching.Count, page, size);
    }

    /// <summary>
    /// Everything that is or ever was under the root, and what merged or split into it: the same set as
    /// <see cref="OrgTree.SubtreeAnyTime"/>, walked by the database. The frozen units may have closed or moved
    /// since; they still belong to the root they reported under. Not a dated question, so not the closure's.
    /// </summary>
    private IQueryable<int> SubtreeAnyTime(int root) =>
        db.Database.SqlQuery<int>($"""
            WITH RECURSIVE edges(parent, child) AS (
                SELECT "ParentId", "ChildId" FROM "OrgUnitParentLinks"
                UNION ALL
                SELECT t."OrgUnitId", s."OrgUnitId" FROM "OrgUnitEventUnits" t
                JOIN "OrgUnitEventUnits" s ON s."EventId" = t."EventId"
                JOIN "OrgUnitEvents" ev ON ev."Id" = t."EventId"
                WHERE ev."Kind" IN ('Merge', 'Split') AND t."Role" = 'Target' AND s."Role" = 'Source'),
            under(id) AS (SELECT {root} UNION SELECT edges.child FROM edges JOIN under ON edges.parent = under.id)
            SELECT id AS "Value" FROM under
            """);

    /// <summary>The unit's name on a day, undoing later renames (as <see cref="OrgTree.NameOn"/>), without loading the tree.</summary>
    private async Task<string> NameOnAsync(int unitId, DateOnly day, CancellationToken ct)
    {
        var oldName = await db.OrgUnitEvents.AsNoTracking()
            .Where(e => e.Kind == OrgEventKind.Rename && e.Date > day && e.Units.Any(u => u.OrgUnitId == unitId))
            .OrderBy(e => e.Date).Select(e => e.OldName).FirstOrDefaultAsync(ct);
        return oldName ?? await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).FirstAsync(ct);
    }

    internal static List<ExpectedReporter> Visible(ReportRequest request, int? subtreeRootId, UnitScope scope, OrgTree tree)
    {
        IEnumerable<ExpectedReporter> units = request.Expected;
        if (subtreeRootId is { } root)
        {
            scope.Demand(root);
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
