using System.CommandLine;
using System.Text.Json;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Checking;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>documents parse|check|lint</c> read files without touching a database; <c>import|list|show</c> store and query.
/// A bad file is reported on standard error and never stops the others; the exit code is then 1.
/// </summary>
internal static class DocumentsCommands
{
    public static Command Create(CliContext cli) =>
        new("documents", "Văn bản: đọc, kiểm tra, lưu, tìm / Documents: parse, check, store, search")
        {
            Parse(cli), Check(cli), DocumentsLintCommand.Create(cli), Import(cli), List(cli), Show(cli), DocumentsEdXmlCommand.Create(cli),
        };

    private static Argument<string[]> Files() => new("files")
    {
        Description = "Tệp văn bản (.txt, .md, .docx, .pdf, .edxml) / Document files (.txt, .md, .docx, .pdf, .edxml)",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command Parse(CliContext cli)
    {
        var files = Files();
        var command = new Command("parse", "Đọc văn bản thành các trường, không lưu / Parse documents into fields without storing them") { files };
        command.SetAction(async (parse, ct) =>
        {
            var parsed = DocumentParser.ParseFiles(parse.GetValue(files)!);
            if (parse.GetValue(cli.Json)) await cli.Out.WriteLineAsync(DocumentJson.Serialize(parsed));
            else foreach (var file in parsed.Where(f => f.Succeeded)) PrintParsed(cli.Out, file);
            return await ReportErrorsAsync(cli, parsed);
        });
        return command;
    }

    private static Command Check(CliContext cli)
    {
        var files = Files();
        var command = new Command("check", "Tìm chỗ không nhất quán giữa các văn bản / Find inconsistencies across documents") { files };
        command.SetAction(async (parse, ct) =>
        {
            var parsed = DocumentParser.ParseFiles(parse.GetValue(files)!);
            var findings = DocumentChecker.Check(parsed.Where(f => f.Succeeded).ToList());
            if (parse.GetValue(cli.Json)) await cli.Out.WriteLineAsync(JsonSerializer.Serialize(findings, DocumentJson.Options));
            else foreach (var f in findings) await cli.Out.WriteLineAsync($"[{f.Code}] {f.Reference}: {f.Message} ({string.Join("; ", f.Where)})");
            return await ReportErrorsAsync(cli, parsed);
        });
        return command;
    }

    private static Command Import(CliContext cli)
    {
        var files = Files();
        var unit = CommandRun.UnitOption("--unit", "Đơn vị lưu giữ văn bản (mặc định: cơ quan ban hành)", "The unit holding the documents (default: the issuer)");
        var command = new Command("import", "Đọc và lưu văn bản, liên kết trích dẫn / Parse, store and link documents") { files, unit };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var holder = await run.UnitAsync(unit, ct);
            var results = new List<ImportDocuments.Imported>();
            var failures = new List<string>();
            foreach (var path in run.Get(files)!)
            {
                try
                {
                    var bytes = File.Exists(path) ? await File.ReadAllBytesAsync(path, ct) : [];
                    if (!File.Exists(path)) throw new Core.Common.ValidationFailedException("file", new("Không tìm thấy tệp", "The file does not exist"));
                    var result = await run.Service<ImportDocuments>().HandleAsync(new(path, bytes, holder), UnitScope.Everything, ct);
                    results.AddRange(result.Documents);
                    // A receiver the package names but HuuNghi cannot place stays in the document's header, to be mapped.
                    foreach (var r in result.Receivers?.Where(r => r.UnitId is null) ?? [])
                        await cli.Error.WriteLineAsync($"{Path.GetFileName(path)}: đơn vị nhận chưa có trong HuuNghi, cần ánh xạ / receiver not known to HuuNghi, to be mapped: {r.OrganId} {r.OrganName}");
                    if (!run.Json) await run.Out.WriteLineAsync($"{Path.GetFileName(path)}: {(result.Unchanged ? "không đổi / unchanged" : "đã lưu / stored")} "
                        + string.Join(", ", result.Documents.Select(d => $"#{d.Id} {d.Reference ?? "(không số)"} [{d.Kind}]")));
                }
                catch (Core.Common.DomainException e)
                {
                    failures.Add($"{Path.GetFileName(path)}: {DatabaseAction.OneLine(e)}");
                }
            }
            if (run.Json) await run.Out.WriteLineAsync(JsonSerializer.Serialize(results, CommandRun.JsonOptions));
            if (failures.Count > 0) throw new Core.Common.ValidationFailedException("files", new(string.Join(" | ", failures), string.Join(" | ", failures)));
        });
    }

    private static Command List(CliContext cli)
    {
        var q = new Option<string?>("--q") { Description = "Từ cần tìm, không phân biệt dấu / Text to find, diacritics ignored" };
        var kind = new Option<string?>("--kind") { Description = "Loại văn bản (plan, report, dispatch, …) / Document kind" };
        var year = new Option<int?>("--year") { Description = "Năm ban hành / Year issued" };
        var command = new Command("list", "Tìm văn bản đã lưu / Search stored documents") { q, kind, year };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var result = await run.Service<ListDocuments>().HandleAsync(new(run.Get(q), run.Get(kind), null, run.Get(year), PageSize: 500), UnitScope.Everything, ct);
            await run.PrintAsync(result.Rows, o =>
            {
                foreach (var r in result.Rows) o.WriteLine($"#{r.Id} {r.Reference ?? "(không số)"} {r.IssuedOn} [{r.Kind}] {r.Issuer} — {r.Title}");
                o.WriteLine($"{result.Total} văn bản / documents");
            });
        });
    }

    private static Command Show(CliContext cli)
    {
        var reference = new Argument<string>("reference") { Description = "Số, ký hiệu (ví dụ 83-KH/TU) / Reference (e.g. 83-KH/TU)" };
        var command = new Command("show", "Một văn bản với trích dẫn hai chiều / One document with citations both ways") { reference };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var d = await run.Service<ShowDocument>().ByReferenceAsync(run.Get(reference)!, UnitScope.Everything, ct);
            await run.PrintAsync(d, o =>
            {
                o.WriteLine($"{d.Reference} {d.IssuedOn} [{d.Kind}] {d.Issuer}\n  {d.Title}");
                foreach (var c in d.Citations) o.WriteLine($"  → {c.Reference} {c.IssuedOn} {(c.DocumentId is null ? "(chưa lưu / not stored)" : $"#{c.DocumentId}")}");
                foreach (var c in d.CitedBy) o.WriteLine($"  ← #{c.DocumentId} {c.Reference} {c.IssuedOn} [{c.Kind}]");
            });
        });
    }

    private static async Task<int> ReportErrorsAsync(CliContext cli, IReadOnlyList<ParsedFile> parsed)
    {
        foreach (var error in parsed.Where(f => !f.Succeeded)) await cli.Error.WriteLineAsync(error.Error!.ToString());
        return parsed.All(f => f.Succeeded) ? CliApp.Success : CliApp.BadInput;
    }

    private static void PrintParsed(TextWriter o, ParsedFile file)
    {
        o.WriteLine($"== {file.File}");
        foreach (var d in file.Documents)
        {
            o.WriteLine($"{d.Kind} {d.Reference} {d.IssuedOn} — {d.Issuer}");
            o.WriteLine($"  {d.Title}");
            o.WriteLine($"  trích dẫn / citations: {string.Join(", ", d.Citations.Select(c => c.Reference))}");
            if (d.Tasks.Count > 0) o.WriteLine($"  nhiệm vụ / tasks: {d.Tasks.Count}");
        }
    }
}
