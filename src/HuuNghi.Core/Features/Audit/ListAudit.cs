using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Audit;

/// <summary>
/// The audit trail, newest first, filtered by entity, user and dates. Non-administrators see the changes
/// made by users of their own subtree and the changes to org units inside it.
/// </summary>
public sealed class ListAudit(HuuNghiDbContext db)
{
    public sealed record Query(string? EntityType = null, string? EntityId = null, string? UserName = null,
        DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50);

    public sealed record Row(long Id, DateTime At, string UserName, string Action, string EntityType, string EntityId, string? Before, string? After)
    {
        public IReadOnlyList<AuditChanges.Change> Changes => AuditChanges.Between(Before, After);
    }

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!scope.All)
        {
            var scopeIds = scope.UnitIds.ToList();
            var unitIds = scopeIds.Select(i => i.ToString()).ToList();
            var userIds = await db.UserUnits.Where(u => scopeIds.Contains(u.OrgUnitId)).Select(u => (int?)u.UserId).Distinct().ToListAsync(ct);
            q = q.Where(a => userIds.Contains(a.UserId) || (a.EntityType == "OrgUnit" && unitIds.Contains(a.EntityId)));
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType)) q = q.Where(a => a.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) q = q.Where(a => a.EntityId == query.EntityId);
        if (!string.IsNullOrWhiteSpace(query.UserName)) q = q.Where(a => a.UserName == query.UserName);
        if (query.From is { } from) { var f = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(a => a.At >= f); }
        if (query.To is { } to) { var t = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(a => a.At < t); }
        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Id).Skip((page - 1) * size).Take(size)
            .Select(a => new Row(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Before, a.After))
            .ToListAsync(ct);
        return new Result(rows, total, page, size);
    }
}
