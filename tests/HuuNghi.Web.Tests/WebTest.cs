using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests;

/// <summary>Starts the real app on a fresh database (with the demo data) for each test.</summary>
public abstract class WebTest(IDatabaseFactory databases) : IAsyncLifetime
{
    protected const string DemoPassword = Core.Features.Demo.DemoUsers.Password;
    protected TestWebApp App { get; private set; } = null!;

    public async Task InitializeAsync() => App = await TestWebApp.StartAsync(databases);

    /// <summary>For a test that starts a second app with other settings.</summary>
    protected IDatabaseFactory Databases => databases;

    public async Task DisposeAsync() => await App.DisposeAsync();

    protected async Task<int> UnitIdAsync(string code)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>();
        return db.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).Single();
    }
}
