using System.Collections.Concurrent;
using HuuNghi.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>
/// A newcomer's first start: a database file that does not exist yet, the demo loaded, the main pages opened by
/// a demo user. Nothing logged at Warning or above: a warning there either worries the newcomer or (EF Core's
/// "First/Take without OrderBy") means a result that can change between runs.
/// </summary>
public sealed class FirstStartTests
{
    private static readonly string[] Pages =
    [
        "/", "/Indicators", "/Registers", "/Registers?register=delegations-in", "/Documents", "/Plans", "/Plans/Tasks",
        "/OrgUnits", "/Reporting", "/Audit",
    ];

    [Fact]
    public async Task Should_start_on_a_new_sqlite_database_and_serve_the_main_pages_without_a_warning()
    {
        var capture = new WarningCapture();
        await using var app = await TestWebApp.StartAsync(new BrandNewSqlite(), demo: true,
            services => services.AddSingleton<ILoggerProvider>(capture));
        using var client = await app.BrowserClientForAsync("sngv.dongthap", Core.Features.Demo.DemoUsers.Password);
        foreach (var page in Pages)
        {
            var response = await client.GetAsync(page);
            Assert.True(response.IsSuccessStatusCode, $"{page}: {(int)response.StatusCode}");
        }

        Assert.True(capture.Entries.IsEmpty, "Logged at start or on the main pages:\n" + string.Join("\n", capture.Entries));
    }

    /// <summary>A path where no database exists yet, so the app migrates and seeds it as on a newcomer's machine.</summary>
    private sealed class BrandNewSqlite : IDatabaseFactory
    {
        public DatabaseProvider Provider => DatabaseProvider.Sqlite;

        public Task<TestDatabase> CreateAsync()
        {
            var dir = Directory.CreateTempSubdirectory("huunghi-first-start-").FullName;
            var target = DatabaseTarget.Resolve("sqlite:" + Path.Combine(dir, "huunghi.db"), dir);
            return Task.FromResult(new TestDatabase(target, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a reader still closing */ }
                return ValueTask.CompletedTask;
            }));
        }
    }

    private sealed class WarningCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);
        public void Dispose() { }

        private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) entries.Enqueue($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)}");
            }
        }
    }
}
