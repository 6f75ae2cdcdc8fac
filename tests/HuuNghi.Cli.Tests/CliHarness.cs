using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Cli.Tests;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>
/// A temporary folder with its own SQLite file: every test gets one, so no test sees another's data.
/// Runs <c>huunghi</c> in-process exactly as Program.cs does, with <c>--db</c> pointing at that file.
/// </summary>
public sealed class CliHarness : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("huunghi-cli-").FullName;
    public string DatabaseFile => Path.Combine(Folder, "huunghi.db");
    public string Db => "sqlite:" + DatabaseFile;

    /// <summary>Runs the command line as given, without adding <c>--db</c>.</summary>
    public static async Task<CliResult> RawAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the command line against this test's database.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RawAsync([.. args, "--db", Db]);

    /// <summary>Reads the database the CLI wrote, through Core, to check what a command left behind.</summary>
    public static async Task<T> QueryAsync<T>(string db, Func<HuuNghiDbContext, Task<T>> query)
    {
        var services = new ServiceCollection().AddSingleton<ICurrentActor>(FixedActor.System).AddSingleton(TimeProvider.System);
        await using var provider = services.AddHuuNghiCore(DatabaseTarget.Resolve(db)).BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>());
    }

    public Task<int> CountUsersAsync() => QueryAsync(Db, db => db.Users.CountAsync());

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
