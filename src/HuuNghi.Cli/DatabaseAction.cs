using System.CommandLine;
using System.Data.Common;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Cli;

/// <summary>
/// Runs a command body against the <c>--db</c> database: resolves the target, wires Core as the CLI operator,
/// creates and migrates the database when it is new, and turns every refusal into one line and exit code 1.
/// </summary>
internal static class DatabaseAction
{
    /// <summary>
    /// Gives a command its action: <c>new Command("list", "… / …") { options }.WithDatabase(cli, async (run, ct) =>
    /// { var rows = await run.Service&lt;UseCase&gt;().HandleAsync(…, ct); await run.PrintAsync(rows, human); })</c>.
    /// </summary>
    public static Command WithDatabase(this Command command, CliContext cli, Func<CommandRun, CancellationToken, Task> body)
    {
        command.SetAction((parse, ct) => AnswerAsync(cli, async () =>
        {
            var target = DatabaseTarget.Resolve(parse.GetValue(cli.Db));
            await using var services = await OpenAsync(target, ct);
            await using var scope = services.CreateAsyncScope();
            await body(new CommandRun(parse, cli, scope.ServiceProvider, target), ct);
        }));
        return command;
    }

    /// <summary>
    /// Exit code 0 when the work is done, 1 with one line on standard error when a use case refuses it.
    /// A command that needs no database (parsing files, say) wraps its work in this too.
    /// </summary>
    public static async Task<int> AnswerAsync(CliContext cli, Func<Task> work)
    {
        try
        {
            await work();
            return CliApp.Success;
        }
        catch (DomainException e)
        {
            await cli.Error.WriteLineAsync(OneLine(e));
            return CliApp.BadInput;
        }
    }

    private static async Task<ServiceProvider> OpenAsync(DatabaseTarget target, CancellationToken ct)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        // The operator at the terminal: audit entries say "cli:<login>", and there is no user row behind it.
        services.AddSingleton<ICurrentActor>(new FixedActor(null, "cli:" + Environment.UserName));
        ServiceProvider? provider = null;
        try
        {
            provider = services.AddHuuNghiCore(target).BuildServiceProvider(validateScopes: true);
            await using var scope = provider.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>().MigrateAsync(ct);
            return provider;
        }
        // PostgreSQL's retrying strategy reports a server it cannot reach as "likely a transient failure" around the
        // real DbException: the operator needs the real one.
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or ArgumentException or TimeoutException
                                      or InvalidOperationException { InnerException: DbException })
        {
            // Only failures to reach or open the database land here; the command body runs outside this try.
            if (provider is not null) await provider.DisposeAsync();
            var reason = e is InvalidOperationException { InnerException: { } inner } ? inner.Message : e.Message;
            throw new ValidationFailedException("db", new Localized(
                $"Không mở được cơ sở dữ liệu {target.Display}: {reason}",
                $"Could not open the database {target.Display}: {reason}"));
        }
    }

    /// <summary>All of a refusal's messages on one line, Vietnamese then English.</summary>
    internal static string OneLine(DomainException e)
    {
        var messages = e is ValidationFailedException v ? v.Errors.Values.SelectMany(m => m).Distinct().ToList() : [e.Localized];
        var joined = new Localized(string.Join(" ", messages.Select(m => m.Vi)), string.Join(" ", messages.Select(m => m.En)));
        return joined.Both.ReplaceLineEndings(" ");
    }
}
