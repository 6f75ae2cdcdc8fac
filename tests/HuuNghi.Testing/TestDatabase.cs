using HuuNghi.Core.Data;

namespace HuuNghi.Testing;

/// <summary>One fresh, migrated database with the org reference data, owned by one test.</summary>
public sealed class TestDatabase(DatabaseTarget target, Func<ValueTask> drop) : IAsyncDisposable
{
    public DatabaseTarget Target { get; } = target;

    /// <summary>The value a user would pass as <c>--db</c>.</summary>
    public string DbArgument => Target.Provider == DatabaseProvider.Sqlite
        ? "sqlite:" + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Target.ConnectionString).DataSource
        : Target.ConnectionString;

    public ValueTask DisposeAsync() => drop();
}

/// <summary>Makes <see cref="TestDatabase"/>s of one provider. Test classes take it as a class fixture.</summary>
public interface IDatabaseFactory
{
    DatabaseProvider Provider { get; }
    Task<TestDatabase> CreateAsync();
}
