using HuuNghi.Core.Data;
using Npgsql;

namespace HuuNghi.Testing;

/// <summary>
/// Databases on the real PostgreSQL server that <c>./test.sh</c> starts (connection string in
/// <c>HUUNGHI_TEST_POSTGRES</c>). A template database is migrated once per run; each test gets
/// <c>CREATE DATABASE … TEMPLATE</c>, dropped afterwards.
/// </summary>
public sealed class PostgresDatabases : IDatabaseFactory
{
    public const string Variable = "HUUNGHI_TEST_POSTGRES";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _template;

    public DatabaseProvider Provider => DatabaseProvider.Postgres;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: run ./test.sh (it starts one), or set {Variable} to a connection string of a server where databases may be created.");

    public async Task<TestDatabase> CreateAsync()
    {
        var template = await TemplateAsync();
        var name = "hn_" + Guid.NewGuid().ToString("N")[..16];
        await ExecAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var target = DatabaseTarget.Resolve(ConnectionTo(name), Path.Combine(Path.GetTempPath(), "huunghi-tests", name));
        return new TestDatabase(target, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    public static string ConnectionTo(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    private static async Task<string> TemplateAsync()
    {
        if (_template is not null) return _template;
        await Gate.WaitAsync();
        try
        {
            if (_template is not null) return _template;
            var name = "hn_template_" + Guid.NewGuid().ToString("N")[..12];
            await ExecAsync($"CREATE DATABASE \"{name}\"");
            await using (var host = TestHost.Create(DatabaseTarget.Resolve(ConnectionTo(name), Path.GetTempPath())))
                await host.MigrateAsync();
            NpgsqlConnection.ClearAllPools();
            return _template = name;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task ExecAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionTo("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
