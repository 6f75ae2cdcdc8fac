using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// Keeps <see cref="OrgUnitClosure"/> in step with the parent links. A row's dates are the days every link
/// on the path held and every unit below the ancestor existed, the same rule as <see cref="OrgTree.SubtreeOn"/>,
/// so a closure lookup and the in-memory walk give the same units. Worked out in SQL by one recursive
/// query, for the whole tree (<c>db refresh</c>) or for the units under those a save changed.
/// </summary>
public static class OrgClosure
{
    public static readonly DateOnly Beginning = new(1, 1, 1);
    public static readonly DateOnly End = new(9999, 12, 31);

    /// <summary>Past this many changed units a full rebuild is cheaper than listing them (reference data load).</summary>
    private const int IncrementalLimit = 500;

    /// <summary>Rebuilds every row; returns the number of rows written.</summary>
    public static async Task<int> RebuildAsync(HuuNghiDbContext db, CancellationToken ct = default)
    {
        await db.Database.ExecuteSqlRawAsync("""DELETE FROM "OrgUnitClosures" """, ct);
        return await db.Database.ExecuteSqlRawAsync(InsertSql(db.Database.IsNpgsql(), affected: null), ct);
    }

    /// <summary>
    /// Rewrites the rows of the changed units and of everything that was ever under them, whose paths
    /// may run through the change. Runs inside the caller's transaction.
    /// </summary>
    public static async Task UpdateAsync(HuuNghiDbContext db, IReadOnlyCollection<int> changedUnits, CancellationToken ct = default)
    {
        if (changedUnits.Count == 0) return;
        if (changedUnits.Count > IncrementalLimit) { await RebuildAsync(db, ct); return; }
        var affected = AffectedCte(changedUnits);
        var delete = affected + """ DELETE FROM "OrgUnitClosures" WHERE "DescendantId" IN (SELECT id FROM affected)""";
        await db.Database.ExecuteSqlRawAsync(delete, ct);
        await db.Database.ExecuteSqlRawAsync(InsertSql(db.Database.IsNpgsql(), affected), ct);
    }

    /// <summary>Whether the table is missing rows (a bulk load outside the app, or a deleted table): every unit has its depth-0 row.</summary>
    public static async Task<bool> IsStaleAsync(HuuNghiDbContext db, CancellationToken ct = default) =>
        await db.OrgUnits.CountAsync(ct) != await db.OrgUnitClosures.CountAsync(c => c.Depth == 0, ct);

    // The ids are integers from tracked entities, never user text, so writing them into the SQL is safe.
    private static string AffectedCte(IReadOnlyCollection<int> changedUnits) =>
        $"""
        WITH RECURSIVE affected(id) AS (
            VALUES {string.Join(", ", changedUnits.Distinct().Select(id => $"({id})"))}
            UNION SELECT l."ChildId" FROM "OrgUnitParentLinks" l JOIN affected ON l."ParentId" = affected.id)
        """;

    /// <summary>The statement that fills an empty table, for the migration that creates it.</summary>
    public static string FullInsertSql(bool postgres) => InsertSql(postgres, affected: null);

    private static string InsertSql(bool pg, string? affected)
    {
        var (min, max) = pg ? ("DATE '0001-01-01'", "DATE '9999-12-31'") : ("'0001-01-01'", "'9999-12-31'");
        var (greatest, least) = pg ? ("GREATEST", "LEAST") : ("MAX", "MIN");
        var from = $"""{greatest}(c."ValidFrom", COALESCE(l."ValidFrom", {min}), COALESCE(a."ValidFrom", {min}))""";
        var to = $"""{least}(c."ValidTo", COALESCE(l."ValidTo", {max}), COALESCE(a."ValidTo", {max}))""";
        // One CTE list: the affected set (when incremental) first, then the chain walking up the links.
        var head = affected is null ? "WITH RECURSIVE" : affected + ",";
        var seed = affected is null ? "" : """WHERE u."Id" IN (SELECT id FROM affected)""";
        // Depth is capped so that bad data (a cycle within one period) cannot make the walk endless.
        return $"""
            {head} chain("AncestorId", "DescendantId", "Depth", "ValidFrom", "ValidTo") AS (
                SELECT u."Id", u."Id", 0, {min}, {max} FROM "OrgUnits" u {seed}
                UNION ALL
                SELECT l."ParentId", c."DescendantId", c."Depth" + 1, {from}, {to}
                FROM chain c
                JOIN "OrgUnitParentLinks" l ON l."ChildId" = c."AncestorId"
                JOIN "OrgUnits" a ON a."Id" = c."AncestorId"
                WHERE c."Depth" < 64 AND {from} <= {to})
            INSERT INTO "OrgUnitClosures" ("AncestorId", "DescendantId", "Depth", "ValidFrom", "ValidTo")
            SELECT DISTINCT "AncestorId", "DescendantId", "Depth", "ValidFrom", "ValidTo" FROM chain
            """;
    }
}
