using System.Data.Common;
using System.IO.Compression;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HuuNghi.Core.Tests.Upgrade;

/// <summary>
/// Data outlives versions: a database written by an earlier release (the fixtures in <c>Fixtures/</c>, one per
/// provider, made by the app at the commit in their name with the demo and some use) opens in this version.
/// Every pending migration applies, every row the old version wrote is still there with the same values, the
/// model's every column exists, and the old users still sign in. Add a fixture per release; never delete one.
/// </summary>
public sealed class UpgradeTests
{
    private const string Release = "v-f888c48";

    /// <summary>What the fixtures hold, counted when they were made: a migration that loses rows fails here.</summary>
    private static readonly Dictionary<string, int> Rows = new()
    {
        ["AspNetUsers"] = 10, ["AuditEntries"] = 703, ["Documents"] = 17, ["DocumentCitations"] = 27, ["OrgUnits"] = 144,
        ["OrgUnitParentLinks"] = 145, ["Plans"] = 3, ["PlanTasks"] = 8, ["Submissions"] = 2, ["SubmissionVersions"] = 2,
        ["ReportRequests"] = 8, ["ExpectedReporters"] = 16, ["Delegations"] = 22, ["Partners"] = 25, ["AidProjects"] = 3,
        ["CooperationAgreements"] = 6, ["IssuerProfiles"] = 2,
    };

    [Fact]
    public async Task Should_open_an_earlier_releases_sqlite_database_without_losing_a_row()
    {
        var dir = Directory.CreateTempSubdirectory("huunghi-upgrade-").FullName;
        try
        {
            var file = Path.Combine(dir, "huunghi.db");
            await using (var gz = new GZipStream(File.OpenRead(Fixture("sqlite.db.gz")), CompressionMode.Decompress))
            await using (var db = File.Create(file))
                await gz.CopyToAsync(db);
            await AssertUpgradesAsync(DatabaseTarget.Resolve("sqlite:" + file, dir));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Should_open_an_earlier_releases_postgres_database_without_losing_a_row()
    {
        var name = "hn_upgrade_" + Guid.NewGuid().ToString("N")[..12];
        await ServerAsync($"CREATE DATABASE \"{name}\"");
        try
        {
            var target = DatabaseTarget.Resolve(PostgresDatabases.ConnectionTo(name), Path.GetTempPath());
            await using (var connection = new NpgsqlConnection(target.ConnectionString))
            {
                await connection.OpenAsync();
                await using var restore = new NpgsqlCommand(await DumpAsync(), connection) { CommandTimeout = 300 };
                await restore.ExecuteNonQueryAsync();
            }
            NpgsqlConnection.ClearAllPools();
            await AssertUpgradesAsync(target);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static async Task AssertUpgradesAsync(DatabaseTarget target)
    {
        await using var host = TestHost.Create(target);
        var before = await host.RunAsync<HuuNghiDbContext, Dictionary<string, List<string>>>(SnapshotAsync);
        foreach (var (table, count) in Rows) Assert.True(before[table].Count == count, $"fixture {table}: {before[table].Count} rows, expected {count}");

        await host.MigrateAsync();

        await host.RunAsync<HuuNghiDbContext>(async db =>
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var after = await SnapshotAsync(db, before);
            foreach (var table in Rows.Keys) Assert.True(before[table].SequenceEqual(after[table]), $"{table} changed in the upgrade");
            await AssertModelColumnsExistAsync(db);
        });
        await host.RunAsync<UserManager<AppUser>>(async users =>
        {
            var user = await users.FindByNameAsync("cb.upgrade");
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, "Nang-Cap#2026x"), "a user of the earlier release can no longer sign in");
        });
        var found = await host.RunAsync<ListDocuments, ListDocuments.Result>(list => list.HandleAsync(new ListDocuments.Query("doi ngoai"), UnitScope.Everything));
        Assert.NotEmpty(found.Rows);
    }

    /// <summary>Every row of the fixture's tables, in key order, as text: columns the old version had only, so a
    /// later migration may add columns without failing this.</summary>
    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(HuuNghiDbContext db) => await SnapshotAsync(db, null);

    private static async Task<Dictionary<string, List<string>>> SnapshotAsync(HuuNghiDbContext db, Dictionary<string, List<string>>? columnsFrom)
    {
        var snapshot = new Dictionary<string, List<string>>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var table in Rows.Keys)
        {
            var columns = columnsFrom?[table + ":columns"] ?? await ColumnsAsync(connection, table);
            var order = columns.Contains("Id") ? "\"Id\"" : string.Join(", ", columns.Select(c => $"\"{c}\""));
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\" ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
                rows.Add(string.Join("\u001f", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            snapshot[table] = rows;
            snapshot[table + ":columns"] = columns;
        }
        return snapshot;
    }

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    /// <summary>Reads one row of every column the current model maps: a migration that forgot a column fails here.</summary>
    private static async Task AssertModelColumnsExistAsync(HuuNghiDbContext db)
    {
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.GetViewName() is null))
        {
            var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = entity.GetProperties().Select(p => p.GetColumnName(table)).OfType<string>().Distinct().ToList();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{entity.GetTableName()}\" WHERE 1 = 0";
            await using var reader = await command.ExecuteReaderAsync();
        }
    }

    private static string Fixture(string suffix) =>
        Path.Combine(AppContext.BaseDirectory, "Upgrade", "Fixtures", $"{Release}.{suffix}");

    /// <summary>The plain pg_dump, less its psql meta-commands (<c>\restrict</c>), which the server does not take.</summary>
    private static async Task<string> DumpAsync()
    {
        await using var gz = new GZipStream(File.OpenRead(Fixture("postgres.sql.gz")), CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        var lines = (await reader.ReadToEndAsync()).Split('\n').Where(l => !l.StartsWith('\\'));
        return string.Join('\n', lines);
    }

    private static async Task ServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresDatabases.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
