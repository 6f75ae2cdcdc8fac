using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// The index behind document search, over the folded <see cref="Document.SearchText"/>: on SQLite an FTS5
/// table with the trigram tokenizer kept by triggers on <c>Documents</c>; on PostgreSQL a pg_trgm GIN index
/// that serves <c>LIKE '%word%'</c>. Both match any substring of three letters or more, the same answers as the
/// plain substring test they replace; shorter words cannot use a trigram index and fall back to that test.
/// </summary>
public static class DocumentSearch
{
    /// <summary>Below this many letters a word has no trigram: it is matched by a scan, and the user is told to type more.</summary>
    public const int IndexedLength = 3;

    /// <summary>Documents whose folded text contains <paramref name="word"/> (already folded).</summary>
    public static IQueryable<Document> Containing(this IQueryable<Document> documents, HuuNghiDbContext db, string word)
    {
        if (word.Length < IndexedLength) return documents.Where(d => d.SearchText.Contains(word));
        if (db.Database.IsNpgsql())
        {
            var pattern = "%" + word.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
            return documents.Where(d => EF.Functions.Like(d.SearchText, pattern, @"\"));
        }
        // A quoted FTS5 string is one phrase; for the trigram tokenizer that is "contains this substring".
        var phrase = "\"" + word.Replace("\"", "\"\"") + "\"";
        var ids = db.Database.SqlQuery<int>($"""SELECT rowid AS "Value" FROM "DocumentSearch" WHERE "DocumentSearch" MATCH {phrase}""");
        return documents.Where(d => ids.Contains(d.Id));
    }

    /// <summary>Rebuilds the index from the table (and, on SQLite, puts back the triggers should a table rebuild have dropped them); returns the documents indexed.</summary>
    public static async Task<int> RebuildAsync(HuuNghiDbContext db, CancellationToken ct = default)
    {
        if (db.Database.IsNpgsql())
        {
            foreach (var sql in PostgresSql) await db.Database.ExecuteSqlRawAsync(sql, ct);
            await db.Database.ExecuteSqlRawAsync("""REINDEX INDEX "IX_Documents_SearchText_Trgm" """, ct);
        }
        else
        {
            foreach (var sql in SqliteSql) await db.Database.ExecuteSqlRawAsync(sql, ct);
            await db.Database.ExecuteSqlRawAsync("""INSERT INTO "DocumentSearch"("DocumentSearch") VALUES ('rebuild')""", ct);
        }
        return await db.Documents.CountAsync(ct);
    }

    /// <summary>What the migration runs, and what a rebuild runs again (every statement can be repeated).</summary>
    public static readonly IReadOnlyList<string> PostgresSql =
    [
        "CREATE EXTENSION IF NOT EXISTS pg_trgm",
        """CREATE INDEX IF NOT EXISTS "IX_Documents_SearchText_Trgm" ON "Documents" USING gin ("SearchText" gin_trgm_ops)""",
    ];

    /// <summary>External-content FTS5 table: it stores only the index; the triggers keep it in the saving transaction.</summary>
    public static readonly IReadOnlyList<string> SqliteSql =
    [
        """CREATE VIRTUAL TABLE IF NOT EXISTS "DocumentSearch" USING fts5("SearchText", content='Documents', content_rowid='Id', tokenize='trigram')""",
        """
        CREATE TRIGGER IF NOT EXISTS "TR_Documents_Search_Insert" AFTER INSERT ON "Documents" BEGIN
            INSERT INTO "DocumentSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "TR_Documents_Search_Delete" AFTER DELETE ON "Documents" BEGIN
            INSERT INTO "DocumentSearch"("DocumentSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
        END
        """,
        """
        CREATE TRIGGER IF NOT EXISTS "TR_Documents_Search_Update" AFTER UPDATE OF "SearchText" ON "Documents" BEGIN
            INSERT INTO "DocumentSearch"("DocumentSearch", rowid, "SearchText") VALUES ('delete', old."Id", old."SearchText");
            INSERT INTO "DocumentSearch"(rowid, "SearchText") VALUES (new."Id", new."SearchText");
        END
        """,
    ];
}
