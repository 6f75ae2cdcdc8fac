using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Maintenance;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Documents;

/// <summary>The trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) must answer exactly what a substring scan answers.</summary>
public abstract class DocumentSearchTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private static readonly string[] Queries =
        ["doi ngoai", "Đối ngoại nhân dân", "KẾ HOẠCH", "tay ninh", "12-ct/tw", "83-KH", "ban dan van tinh uy", "xyzq", "nh", "a"];

    private async Task ImportSeedsAsync()
    {
        foreach (var seed in Seeds.All)
            await Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(
                new ImportDocuments.Command(Path.GetFileName(seed), File.ReadAllBytes(seed), null), UnitScope.Everything));
    }

    private Task<ListDocuments.Result> SearchAsync(string q) =>
        Host.RunAsync<ListDocuments, ListDocuments.Result>(l => l.HandleAsync(new ListDocuments.Query(q, IncludePlaceholders: true, PageSize: 500), UnitScope.Everything));

    private async Task AssertIndexAgreesWithScanAsync()
    {
        var all = await Host.QueryAsync(db => db.Documents.AsNoTracking().Select(d => new { d.Id, d.SearchText }).ToListAsync());
        foreach (var q in Queries)
        {
            var words = VietnameseText.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var scanned = all.Where(d => words.All(w => d.SearchText.Contains(w, StringComparison.Ordinal))).Select(d => d.Id).Order().ToList();
            var found = await SearchAsync(q);
            Assert.True(scanned.SequenceEqual(found.Rows.Select(r => r.Id).Order()), $"'{q}': scan [{string.Join(",", scanned)}], index [{string.Join(",", found.Rows.Select(r => r.Id).Order())}]");
            Assert.Equal(scanned.Count, found.Total);
        }
    }

    [Fact]
    public async Task Should_find_through_the_index_exactly_what_a_scan_finds()
    {
        await ImportSeedsAsync();
        Assert.NotEmpty((await SearchAsync("doi ngoai")).Rows);
        await AssertIndexAgreesWithScanAsync();
    }

    [Fact]
    public async Task Should_follow_a_documents_text_when_it_changes()
    {
        await ImportSeedsAsync();
        var id = await Host.QueryAsync(db => db.Documents.Where(d => !d.IsPlaceholder).Select(d => d.Id).FirstAsync());
        await Host.QueryAsync(db => db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.SearchText, "van ban thu nghiem qwertz")));

        Assert.Equal([id], (await SearchAsync("qwertz")).Rows.Select(r => r.Id));
        await AssertIndexAgreesWithScanAsync();
    }

    [Fact]
    public async Task Should_answer_the_same_after_the_refresh_rebuilds_the_index()
    {
        await ImportSeedsAsync();
        var parts = await Host.RunAsync<RefreshDerivedData, IReadOnlyList<RefreshDerivedData.Part>>(r => r.HandleAsync());
        Assert.Equal(await Host.QueryAsync(db => db.Documents.CountAsync()), parts.Single(p => p.Name == "document-search").Rows);
        await AssertIndexAgreesWithScanAsync();
    }

    [Fact]
    public async Task Should_hint_to_type_more_for_one_or_two_letters_only()
    {
        await ImportSeedsAsync();
        var shortQuery = await SearchAsync("nh");
        Assert.NotNull(shortQuery.Hint);
        Assert.Contains("ba chữ cái", shortQuery.Hint!.Vi);
        Assert.Contains("three letters", shortQuery.Hint.En);
        Assert.Null((await SearchAsync("doi ngoai")).Hint);
        Assert.Null((await SearchAsync("")).Hint);
    }
}

public sealed class DocumentSearchTests_Sqlite(SqliteDatabases d) : DocumentSearchTests(d), IClassFixture<SqliteDatabases>;
public sealed class DocumentSearchTests_Postgres(PostgresDatabases d) : DocumentSearchTests(d), IClassFixture<PostgresDatabases>;
