using HuuNghi.Core.Data;
using Xunit;

namespace HuuNghi.Testing;

/// <summary>
/// Base of every slice test: a fresh real database per test, on the provider of the concrete class
/// (write the tests once in an abstract class; derive <c>…_Sqlite</c> and <c>…_Postgres</c>).
/// </summary>
public abstract class DatabaseTest(IDatabaseFactory databases) : IAsyncLifetime
{
    protected TestHost Host { get; private set; } = null!;
    protected TestDatabase Database { get; private set; } = null!;
    protected DatabaseProvider Provider => databases.Provider;
    /// <summary>For a test that needs a second database beside its own (an exchange between two installations).</summary>
    protected IDatabaseFactory Databases => databases;

    public async Task InitializeAsync()
    {
        Database = await databases.CreateAsync();
        Host = await TestHost.CreateAsync(Database);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}
