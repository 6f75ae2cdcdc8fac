using System.CommandLine;
using System.CommandLine.Help;
using HuuNghi.Cli.Commands;

namespace HuuNghi.Cli;

/// <summary>
/// The <c>huunghi</c> root command and the contract's exit codes: usage errors (2) are answered here, before
/// anything touches a database; bad input (1) is answered by <see cref="DatabaseAction"/>.
/// </summary>
public static class CliApp
{
    public const int Success = 0;
    public const int BadInput = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var cli = new CliContext(stdout, stderr);
        var root = new RootCommand("HuuNghi — công tác đối ngoại nhân dân / people's-diplomacy work");
        root.Options.Add(cli.Db);
        root.Options.Add(cli.Json);
        // The built-in options speak English only; the operator reads Vietnamese first.
        foreach (var help in root.Options.OfType<HelpOption>())
            help.Description = "Hiện trợ giúp / Show help and usage information";
        foreach (var version in root.Options.OfType<VersionOption>())
            version.Description = "Hiện phiên bản / Show version information";

        // One line per command group; a new group is a new file in Commands/ and a line here.
        root.Subcommands.Add(OrgUnitsCommands.Create(cli));
        root.Subcommands.Add(UsersCommands.Create(cli));
        root.Subcommands.Add(DbCommands.Create(cli));
        root.Subcommands.Add(DemoCommands.Create(cli));
        root.Subcommands.Add(DocumentsCommands.Create(cli));
        root.Subcommands.Add(PlansCommands.Create(cli));
        root.Subcommands.Add(RegistersCommands.Create(cli));
        root.Subcommands.Add(IndicatorsCommands.Create(cli));
        root.Subcommands.Add(ReportingCommands.Create(cli));
        root.Subcommands.Add(ReportCommands.Create(cli));
        root.Subcommands.Add(RegistryCommands.Create(cli));

        var parse = root.Parse(args);
        // Help and version answer even on an incomplete line ("users create --help" lacks required options).
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync(error.Message);
            await stderr.WriteLineAsync("Xem / See: huunghi --help");
            return UsageError;
        }
        // No default exception handler: an unexpected exception is a bug and must crash loudly, not pass
        // for "bad input" (exit 1) in a script.
        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
        }, ct);
    }
}
