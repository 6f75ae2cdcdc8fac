using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Keeps one <see cref="OrgTree"/> per process and reloads it when the database's org stamp moves (another
/// request, or the CLI, changed the tree). The check is one single-row query.
/// </summary>
public sealed class OrgTreeCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Stamp, OrgTree Tree)? _current;

    public void Dispose() => _gate.Dispose();

    public async Task<OrgTree> GetAsync(HuuNghiDbContext db, CancellationToken ct = default)
    {
        var stamp = await db.OrgTreeStamps.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Value).FirstOrDefaultAsync(ct);
        if (_current is { } c && c.Stamp == stamp) return c.Tree;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Stamp == stamp) return again.Tree;
            var tree = new OrgTree(
                await db.OrgUnits.AsNoTracking().ToListAsync(ct),
                await db.OrgUnitParentLinks.AsNoTracking().ToListAsync(ct),
                await db.OrgUnitEvents.AsNoTracking().Include(e => e.Units).ToListAsync(ct),
                await db.OrgUnitAliases.AsNoTracking().ToListAsync(ct));
            _current = (stamp, tree);
            return tree;
        }
        finally
        {
            _gate.Release();
        }
    }
}
