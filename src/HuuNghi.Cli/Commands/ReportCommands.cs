using System.CommandLine;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>report write</c> (a unit's report for a request) and <c>report consolidate</c> (the receiver's report over the
/// units'), as DOCX, PDF or XLSX by the extension of <c>--out</c>. The warnings go to standard error so a script
/// piping the JSON still sees them.
/// </summary>
internal static class ReportCommands
{
    public sealed record WrittenOutput(string File, int Bytes, IReadOnlyList<string> Warnings);

    public static Command Create(CliContext cli) =>
        new("report", "Viết báo cáo DOCX, PDF, XLSX / Write reports as DOCX, PDF or XLSX")
        {
            Write(cli),
            Consolidate(cli),
        };

    private static Option<int> RequestOption() =>
        new("--request") { Description = "Mã yêu cầu báo cáo / The request's id", HelpName = "id", Required = true };

    private static Option<string> OutOption() =>
        new("--out") { Description = "Tệp sẽ ghi: .docx, .pdf hoặc .xlsx / The file to write: .docx, .pdf or .xlsx", HelpName = "file", Required = true };

    private static Command Write(CliContext cli)
    {
        var request = RequestOption();
        var unit = CommandRun.UnitOption("--unit", "Đơn vị báo cáo", "The reporting unit", required: true);
        var output = OutOption();
        var version = new Option<int?>("--version") { Description = "Phiên bản (mặc định: hiện tại) / The version (default: the current one)", HelpName = "n" };
        var command = new Command("write", "Báo cáo của một đơn vị theo yêu cầu / A unit's report for a request") { request, unit, output, version };
        return command.WithDatabase(cli, async (run, ct) =>
            await WriteAsync(run, cli, new WriteReport.Command(run.Get(request), await run.RequiredUnitAsync(unit, ct), WriteReport.FormatOf(run.Get(output)), run.Get(version)), run.Get(output)!, ct));
    }

    private static Command Consolidate(CliContext cli)
    {
        var request = RequestOption();
        var root = CommandRun.UnitOption("--root", "Chỉ tổng hợp cây đơn vị này", "Only this unit's subtree");
        var output = OutOption();
        var command = new Command("consolidate", "Báo cáo tổng hợp của đơn vị nhận / The receiver's consolidated report") { request, root, output };
        return command.WithDatabase(cli, async (run, ct) =>
            await WriteAsync(run, cli, new WriteReport.Command(run.Get(request), null, WriteReport.FormatOf(run.Get(output)), RootId: await run.UnitAsync(root, ct)), run.Get(output)!, ct));
    }

    private static async Task WriteAsync(CommandRun run, CliContext cli, WriteReport.Command command, string file, CancellationToken ct)
    {
        // The operator at the terminal administers the whole database, like every other command.
        var written = await run.Service<WriteReport>().HandleAsync(command, UnitScope.Everything, ct);
        var path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, written.Content, ct);
        foreach (var warning in written.Warnings) await cli.Error.WriteLineAsync(warning.Both.ReplaceLineEndings(" "));
        var result = new WrittenOutput(path, written.Content.Length, [.. written.Warnings.Select(w => w.Both)]);
        await run.PrintAsync(result, o => o.WriteLine($"Đã ghi / Wrote {path} ({result.Bytes:N0} byte)"));
    }
}
