using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace HuuNghi.Web.Tests.Api;

/// <summary>Issue 17, item 3: a 500 says "đã được ghi lại", so it must be in the log, under the request id the answer carries, without the body.</summary>
public abstract class ServerErrorLogTests(IDatabaseFactory databases)
{
    [Fact]
    public async Task Should_log_every_server_error_with_the_request_id_it_answers()
    {
        var logs = new CapturingLogs();
        await using var app = await TestWebApp.StartAsync(databases, demo: false, configureServices: services =>
        {
            // A fault no handler expects: the actor lookup throws when the request asks for it.
            services.Replace(ServiceDescriptor.Scoped<ICurrentActor, FailingActor>());
            services.AddSingleton<ILoggerProvider>(logs);
        });
        using var client = await app.ClientForAsync("admin", TestWebApp.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orgunits/merge")
        {
            Content = new StringContent("{\"sourceIds\": [2], \"targetId\": 3, \"date\": \"2025-07-01\", \"note\": \"noi-dung-rieng-tu\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Test-Fail", "1");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var requestId = problem.GetProperty("requestId").GetString()!;
        Assert.Contains(requestId, problem.GetProperty("title").GetString());
        var logged = logs.Errors.Where(e => e.Contains(requestId, StringComparison.Ordinal)).ToList();
        Assert.Single(logged);
        Assert.Contains("/api/orgunits/merge", logged[0]);
        Assert.DoesNotContain(logs.Errors, e => e.Contains("noi-dung-rieng-tu", StringComparison.Ordinal));
    }

    private sealed class FailingActor(IHttpContextAccessor http) : ICurrentActor
    {
        private readonly HttpCurrentActor _real = new(http);
        private bool Fails => http.HttpContext?.Request.Headers.ContainsKey("X-Test-Fail") == true;
        public int? UserId => Fails ? throw new InvalidOperationException("test fault") : _real.UserId;
        public string Name => Fails ? throw new InvalidOperationException("test fault") : _real.Name;
    }

    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Errors { get; } = new();
        public ILogger CreateLogger(string categoryName) => new Logger(this);
        public void Dispose() { }

        private sealed class Logger(CapturingLogs owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel >= LogLevel.Error) owner.Errors.Enqueue(formatter(state, exception) + " " + exception);
            }
        }
    }
}

public sealed class ServerErrorLogTests_Sqlite(SqliteDatabases d) : ServerErrorLogTests(d), IClassFixture<SqliteDatabases>;
public sealed class ServerErrorLogTests_Postgres(PostgresDatabases d) : ServerErrorLogTests(d), IClassFixture<PostgresDatabases>;
