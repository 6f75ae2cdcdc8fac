using Npgsql;

namespace HuuNghi.Cli.Tests.Commands;

/// <summary>
/// The same org tree checks on PostgreSQL, each run in a database of its own that is dropped afterwards.
/// Fails (never skips) without a server: a green run must mean both providers were exercised.
/// </summary>
public sealed class PostgresTests
{
    private const string Variable = "HUUNGHI_TEST_POSTGRES";

    [Fact]
    public Task Should_list_the_tree_as_it_stood_on_the_day_on_postgres() =>
        InFreshDatabaseAsync(db => OrgUnitsCommandsTests.AssertTreeAcrossReformAsync(args => CliHarness.RawAsync([.. args, "--db", db])));

    [Fact]
    public Task Should_rebuild_a_deleted_org_closure_with_db_refresh_on_postgres() =>
        InFreshDatabaseAsync(db => DbCommandsTests.AssertRefreshRebuildsAsync(args => CliHarness.RawAsync([.. args, "--db", db]), db));

    internal static async Task InFreshDatabaseAsync(Func<string, Task> check)
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(server),
            $"{Variable} is not set: run ./test.sh, which starts PostgreSQL and sets it (a connection string to a server where the tests may CREATE DATABASE).");

        var name = "huunghi_cli_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE DATABASE \"{name}\"");
        try
        {
            var db = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
            await check(db);
        }
        finally
        {
            // The CLI's pooled connections would otherwise keep the database busy.
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
