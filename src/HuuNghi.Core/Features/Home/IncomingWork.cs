using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Home;

/// <summary>
/// Incoming documents the user must handle: lines to handle or in progress assigned to the user, or to a unit in the
/// user's scope, earliest deadline first (none last). Bounded; the register page has the rest.
/// </summary>
public static class IncomingWork
{
    public sealed record Item(int EntryId, int Number, int Year, string? Reference, string? Title, string? Issuer, string? HandlerUnit, DateOnly? Deadline,
        IncomingState State, bool Overdue);

    public static async Task<(IReadOnlyList<Item> Items, int Total)> ListAsync(HuuNghiDbContext db, UnitScope scope, DateOnly today, int shown, CancellationToken ct)
    {
        var me = db.Actor.UserId;
        var units = scope.All ? [] : scope.UnitIds.ToList();
        var open = db.IncomingEntries.AsNoTracking().Where(e => e.State != IncomingState.Done
            && ((me != null && e.HandlerUserId == me) || (e.HandlerUnitId != null && (scope.All || units.Contains(e.HandlerUnitId.Value)))));
        var total = await open.CountAsync(ct);
        var items = await (from e in open
                           join d in db.Documents on e.DocumentId equals d.Id
                           orderby e.Deadline == null, e.Deadline, e.Id
                           select new Item(e.Id, e.Number, e.Year, d.Reference, d.Title, d.Issuer,
                               db.OrgUnits.Where(u => u.Id == e.HandlerUnitId).Select(u => u.Name).FirstOrDefault(), e.Deadline, e.State,
                               e.Deadline != null && e.Deadline < today))
            .Take(shown).ToListAsync(ct);
        return (items, total);
    }
}
