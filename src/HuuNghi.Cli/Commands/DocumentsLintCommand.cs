using System.CommandLine;
using System.Text.Json;
using HuuNghi.Documents.Checking.Lint;
using HuuNghi.Documents.Parsing;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>documents lint FILE...</c>: format findings against Decree 30 / Guidance 36, no database. Findings are the
/// output, not a failure: the exit code is 1 only when a file could not be read (reported on standard error).
/// </summary>
internal static class DocumentsLintCommand
{
    public static Command Create(CliContext cli)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Tệp văn bản (.txt, .md, .docx, .pdf) / Document files (.txt, .md, .docx, .pdf)",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("lint", "Kiểm tra thể thức theo Nghị định 30/2020 / Check the layout against Decree 30/2020") { files };
        command.SetAction(async (parse, ct) =>
        {
            var results = DocumentLinter.LintFiles(parse.GetValue(files)!);
            var read = results.Where(r => r.Succeeded).ToList();
            if (parse.GetValue(cli.Json)) await cli.Out.WriteLineAsync(JsonSerializer.Serialize(read, DocumentJson.Options));
            else foreach (var result in read) await PrintAsync(cli.Out, result);
            foreach (var failed in results.Where(r => !r.Succeeded)) await cli.Error.WriteLineAsync(failed.Error!.ToString());
            return results.All(r => r.Succeeded) ? CliApp.Success : CliApp.BadInput;
        });
        return command;
    }

    private static async Task PrintAsync(TextWriter o, LintResult result)
    {
        await o.WriteLineAsync($"== {result.File}: {result.Findings.Count(f => f.Severity == LintSeverity.Error)} lỗi / errors, "
            + $"{result.Findings.Count(f => f.Severity == LintSeverity.Warning)} cảnh báo / warnings");
        foreach (var f in result.Findings)
        {
            var detail = f.Found is null && f.Expected is null ? "" : $" [{f.Found ?? "—"} → {f.Expected ?? "—"}]";
            await o.WriteLineAsync($"  {f.Severity} {f.Rule} — {f.Where}: {f.Message}{detail}");
        }
    }
}
