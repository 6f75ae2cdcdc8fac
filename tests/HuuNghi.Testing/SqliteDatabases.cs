using HuuNghi.Core.Data;

namespace HuuNghi.Testing;

/// <summary>
/// SQLite files in a temp folder. The first call migrates a template file; every test then gets a copy of it,
/// which is much faster than migrating each time and just as real.
/// </summary>
public sealed class SqliteDatabases : IDatabaseFactory
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public async Task<TestDatabase> CreateAsync()
    {
        var template = await TemplateAsync();
        var dir = Path.Combine(Path.GetTempPath(), "huunghi-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "huunghi.db");
        File.Copy(template, file);
        var target = DatabaseTarget.Resolve("sqlite:" + file, dir);
        return new TestDatabase(target, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a reader still closing; temp is cleaned by the OS */ }
            return ValueTask.CompletedTask;
        });
    }

    private static async Task<string> TemplateAsync()
    {
        if (_template is not null) return _template;
        await Gate.WaitAsync();
        try
        {
            if (_template is not null) return _template;
            var dir = Path.Combine(Path.GetTempPath(), "huunghi-tests", "template-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, "template.db");
            // No WAL for the template: the copy must hold everything in one file.
            await using (var host = TestHost.Create(DatabaseTarget.Resolve("sqlite:" + file, dir)))
                await host.MigrateAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
            {
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;";
                await cmd.ExecuteNonQueryAsync();
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return _template = file;
        }
        finally
        {
            Gate.Release();
        }
    }
}
