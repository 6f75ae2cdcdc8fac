using System.CommandLine;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.EdXml;

namespace HuuNghi.Cli.Commands;

/// <summary><c>documents edxml REFERENCE --out FILE.edxml [--to UNIT…]</c>: a stored document as an edXML package for an e-office system.</summary>
internal static class DocumentsEdXmlCommand
{
    public sealed record Written(string File, string? Reference, string From, IReadOnlyList<string> To, string Attachment, long Bytes);

    public static Command Create(CliContext cli)
    {
        var reference = new Argument<string>("reference") { Description = "Số, ký hiệu của văn bản đã lưu (ví dụ 83-KH/TU) / Reference of a stored document (e.g. 83-KH/TU)" };
        var output = new Option<string>("--out") { Description = "Tệp .edxml cần ghi / The .edxml file to write", HelpName = "file", Required = true };
        var to = new Option<string[]>("--to")
        {
            Description = "Đơn vị nhận (mã số, mã hoặc tên; mặc định: các đơn vị ở Nơi nhận) / Receiving units (id, code or name; default: those of Nơi nhận)",
            HelpName = "unit", AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("edxml", "Xuất văn bản thành gói edXML (QCVN 102:2016) kèm tệp gốc / A stored document as an edXML package (QCVN 102:2016) with its original file")
            { reference, output, to };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var document = await run.Service<ShowDocument>().ByReferenceAsync(run.Get(reference)!, UnitScope.Everything, ct);
            var receivers = new List<int>();
            foreach (var unit in run.Get(to) ?? []) receivers.Add(await run.Service<Core.Features.OrgUnits.FindOrgUnit>().HandleAsync(unit, ct));
            var result = await run.Service<ExportEdXml>().HandleAsync(document.Id, receivers, UnitScope.Everything, ct);
            var path = run.Get(output)!;
            // Written beside the target first, so a failed write never leaves half a package under the name asked for.
            var partial = path + ".partial";
            await using (var file = File.Create(partial)) EdXmlWriter.Write(result.Package, file);
            File.Move(partial, path, overwrite: true);
            var attachment = result.Package.Attachments[0];
            var written = new Written(path, result.Package.Reference, result.Package.From.Id, [.. result.Package.To.Select(t => t.Id)], attachment.Name, new FileInfo(path).Length);
            await run.PrintAsync(written, o => o.WriteLine(
                $"{path}: {written.Reference} {written.From} → {(written.To.Count == 0 ? "(chưa có đơn vị nhận / no receiver)" : string.Join(", ", written.To))}, {attachment.Name}"));
        });
    }
}
