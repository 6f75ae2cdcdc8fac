using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Audit;

/// <summary>
/// The audit trail a page at a time, newest first (or oldest first), filtered by unit (its subtree, at any time),
/// person (user name or full name), kind of record, action, Vietnam-time days and a word of the record's text.
/// Non-administrators see the changes made by users of their own subtree, the changes to org units inside it and
/// the changes to records that belong to a unit inside it.
/// </summary>
public sealed class ListAudit(HuuNghiDbContext db)
{
    public sealed record Query(string? EntityType = null, string? EntityId = null, string? UserName = null,
        DateOnly? From = null, DateOnly? To = null, int Page = 1, int PageSize = 50,
        int? UnitId = null, string? Person = null, string? Action = null, string? Text = null, bool OldestFirst = false);

    public sealed record Row(long Id, DateTime At, string UserName, string Action, string EntityType, string EntityId, string? Before, string? After,
        int? OrgUnitId = null, string? UnitName = null, string? Who = null)
    {
        public IReadOnlyList<AuditChanges.Change> Changes => AuditChanges.Between(Before, After);

        /// <summary>The change in words, in the request's language.</summary>
        public string Text => Sentence.Current;

        internal Common.Localized Sentence => AuditText.Sentence(Who ?? UserName, Action, EntityType, EntityId, Before, After);
    }

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize);

    private static readonly string[] Actions = ["Added", "Modified", "Deleted"];

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!scope.All)
        {
            var scopeIds = scope.UnitIds.ToList();
            var unitIds = scopeIds.Select(i => i.ToString()).ToList();
            var userIds = await db.UserUnits.Where(u => scopeIds.Contains(u.OrgUnitId)).Select(u => (int?)u.UserId).Distinct().ToListAsync(ct);
            q = q.Where(a => userIds.Contains(a.UserId) || (a.EntityType == "OrgUnit" && unitIds.Contains(a.EntityId))
                || (a.OrgUnitId != null && scopeIds.Contains(a.OrgUnitId.Value)));
        }
        if (query.UnitId is { } unit)
        {
            // The unit's subtree at any time: a row about a commune merged away last year still belongs to its district.
            var subtree = db.OrgUnitClosures.Where(c => c.AncestorId == unit).Select(c => (int?)c.DescendantId);
            q = q.Where(a => subtree.Contains(a.OrgUnitId));
        }
        if (!string.IsNullOrWhiteSpace(query.EntityType)) q = q.Where(a => a.EntityType == query.EntityType);
        if (!string.IsNullOrWhiteSpace(query.EntityId)) q = q.Where(a => a.EntityId == query.EntityId);
        if (!string.IsNullOrWhiteSpace(query.UserName)) q = q.Where(a => a.UserName == query.UserName);
        if (Actions.Contains(query.Action)) q = q.Where(a => a.Action == query.Action);
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            var person = query.Person.Trim().ToLower();
            var people = db.Users.Where(u => u.FullName.ToLower().Contains(person) || u.UserName!.ToLower().Contains(person)).Select(u => (int?)u.Id);
            q = q.Where(a => a.UserName.ToLower().Contains(person) || people.Contains(a.UserId));
        }
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            // A word of the record's name or title: LIKE over the JSON, kept cheap by the other filters and the page.
            var text = query.Text.Trim().ToLower();
            q = q.Where(a => (a.After != null && a.After.ToLower().Contains(text)) || (a.Before != null && a.Before.ToLower().Contains(text)));
        }
        // Days are Vietnam days: "from 05/01" starts at 00:00 in Hà Nội, 17:00 UTC the day before.
        if (query.From is { } from) { var f = VietnamMidnight(from); q = q.Where(a => a.At >= f); }
        if (query.To is { } to) { var t = VietnamMidnight(to.AddDays(1)); q = q.Where(a => a.At < t); }
        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var total = await q.CountAsync(ct);
        var ordered = query.OldestFirst ? q.OrderBy(a => a.Id) : q.OrderByDescending(a => a.Id);
        var rows = await ordered.Skip((page - 1) * size).Take(size)
            .Select(a => new Row(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.OrgUnitId, null, null))
            .ToListAsync(ct);

        // Names for the page's rows only: the actor's full name and the unit's name.
        var actors = rows.Select(r => r.UserName).Distinct().ToList();
        var fullNames = (await db.Users.Where(u => actors.Contains(u.UserName!) && u.FullName != "").Select(u => new { u.UserName, u.FullName }).ToListAsync(ct))
            .ToDictionary(u => u.UserName!, u => u.FullName);
        var shownUnits = rows.Where(r => r.OrgUnitId is not null).Select(r => r.OrgUnitId!.Value).Distinct().ToList();
        var unitNames = await db.OrgUnits.Where(u => shownUnits.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        rows = rows.Select(r => r with
        {
            Who = fullNames.GetValueOrDefault(r.UserName) ?? r.UserName,
            UnitName = r.OrgUnitId is { } id ? unitNames.GetValueOrDefault(id) : null,
        }).ToList();
        return new Result(rows, total, page, size);
    }

    private static DateTime VietnamMidnight(DateOnly day) =>
        day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - TimeSpan.FromHours(7);
}
