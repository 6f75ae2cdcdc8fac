using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Data;

/// <summary>
/// Saving a row that exists at most once per key (a unit's letterhead, a request's consolidated text) against the
/// version the page showed. The row starts at version 1, so a page loaded before anyone saved (version 0) is stale
/// once someone has; two first saves at once collide on the key, which is the same "someone saved first".
/// </summary>
internal static class OneRowSettings
{
    /// <summary>The row to change: the stored one, checked against <paramref name="seenVersion"/> on save, or a new one.</summary>
    public static T Claim<T>(this HuuNghiDbContext db, T? stored, int seenVersion, Func<T> create, Localized stale) where T : class, IVersioned
    {
        if (stored is not null)
        {
            db.Entry(stored).Property(r => r.Version).OriginalValue = seenVersion;
            return stored;
        }
        if (seenVersion != 0) throw new ConflictException(stale);
        var row = create();
        row.Version = 1;
        db.Add(row);
        return row;
    }

    public static async Task SaveClaimedAsync(this HuuNghiDbContext db, Localized stale, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException(stale);
        }
    }
}
