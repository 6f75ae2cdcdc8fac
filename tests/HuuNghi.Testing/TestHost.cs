using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace HuuNghi.Testing;

/// <summary>
/// Core's real service graph on a real database, as the web app and CLI build it, with a settable clock and
/// actor. <see cref="RunAsync{T}"/> runs a use case in its own scope, like one request.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestHost(ServiceProvider services) => _services = services;

    public TestActor Actor { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 3, 0, 0, TimeSpan.Zero));

    /// <param name="configure">Changes to the services, applied last (settings such as an SMTP server for one test).</param>
    public static TestHost Create(DatabaseTarget target, Action<IServiceCollection>? configure = null)
    {
        TestHost? host = null;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHuuNghiCore(target);
        services.AddSingleton<ICurrentActor>(_ => host!.Actor);
        services.AddSingleton<TimeProvider>(_ => host!.Clock);
        configure?.Invoke(services);
        host = new TestHost(services.BuildServiceProvider());
        host.Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        return host;
    }

    public static async Task<TestHost> CreateAsync(TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var host = Create(database.Target, configure);
        await host.MigrateAsync();
        return host;
    }

    public async Task MigrateAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>().MigrateAsync();
    }

    public async Task<TResult> RunAsync<T, TResult>(Func<T, Task<TResult>> use) where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    public async Task RunAsync<T>(Func<T, Task> use) where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>Reads the database in a fresh context (nothing cached from the use case).</summary>
    public Task<TResult> QueryAsync<TResult>(Func<HuuNghiDbContext, Task<TResult>> query) => RunAsync(query);

    /// <summary>Creates a user with roles and units (by unit code) and returns its id.</summary>
    public async Task<int> CreateUserAsync(string userName, string role, params string[] unitCodes)
    {
        var ids = await QueryAsync(db => Task.FromResult(db.OrgUnits.Where(u => unitCodes.Contains(u.Code)).Select(u => u.Id).ToList()));
        return await RunAsync<CreateUser, int>(c => c.HandleAsync(new CreateUser.Command(userName, "Password1", userName, [role], ids)));
    }

    public Task<UnitScope> ScopeOfAsync(int userId) => RunAsync<AccessScope, UnitScope>(a => a.ForUserAsync(userId));

    public Task<int> UnitIdAsync(string code) =>
        QueryAsync(db => Task.FromResult(db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).Single()));

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

public sealed class TestActor : ICurrentActor
{
    public int? UserId { get; set; }
    public string Name { get; set; } = "test";
}
