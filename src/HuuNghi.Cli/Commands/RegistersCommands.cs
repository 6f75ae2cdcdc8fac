using System.CommandLine;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>registers import REGISTER FILE.xlsx</c> and <c>registers export REGISTER --out FILE.xlsx</c>. An import that
/// ran exits 0 even when it rejected rows: the output names each rejected row, and the good rows are stored.
/// </summary>
internal static class RegistersCommands
{
    public sealed record ImportOutput(int Stored, int Changed, IReadOnlyList<RejectedOutput> Rejected);
    public sealed record RejectedOutput(int Row, IReadOnlyList<string> Errors);

    public static Command Create(CliContext cli) =>
        new("registers", $"Sổ theo dõi: nhập, xuất Excel / Registers: Excel import and export ({string.Join(", ", RegisterCatalog.All.Select(r => r.Name))})")
        {
            Import(cli), Export(cli),
        };

    private static Argument<string> RegisterName() => new("register") { Description = "Tên sổ, ví dụ delegations-in / The register, e.g. delegations-in" };

    private static Command Import(CliContext cli)
    {
        var register = RegisterName();
        var file = new Argument<string>("file") { Description = "Tệp .xlsx / The .xlsx file" };
        var command = new Command("import", "Nhập sổ từ Excel; dòng lỗi bị từ chối kèm lý do / Import a workbook; bad rows are rejected with reasons") { register, file };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var path = run.Get(file)!;
            if (!File.Exists(path)) throw new ValidationFailedException("file", new($"Không tìm thấy tệp {path}.", $"The file {path} does not exist."));
            await using var stream = File.OpenRead(path);
            var result = await run.Service<ImportRegister>().HandleAsync(new ImportRegister.Command(run.Get(register)!, stream), UnitScope.Everything, ct);
            var output = new ImportOutput(result.Stored, result.Changed,
                result.Rejected.Select(r => new RejectedOutput(r.Row, r.Errors.Select(e => e.Both).ToList())).ToList());
            await run.PrintAsync(output, o =>
            {
                o.WriteLine($"Đã nhận / accepted: {output.Stored} (thêm hoặc đổi / added or changed: {output.Changed}); từ chối / rejected: {output.Rejected.Count}");
                foreach (var r in output.Rejected) o.WriteLine($"  Dòng / Row {r.Row}: {string.Join(" ", r.Errors)}");
            });
        });
    }

    private static Command Export(CliContext cli)
    {
        var register = RegisterName();
        var output = new Option<string>("--out") { Description = "Tệp .xlsx sẽ ghi / The .xlsx file to write", Required = true };
        var template = new Option<bool>("--template") { Description = "Chỉ dòng tiêu đề (tệp mẫu) / Only the header row (the template)" };
        var command = new Command("export", "Xuất sổ ra Excel, nhập lại không đổi gì / Export a register; importing it back changes nothing") { register, output, template };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var path = Path.GetFullPath(run.Get(output)!);
            await using (var stream = File.Create(path))
                await run.Service<ExportRegister>().HandleAsync(new ExportRegister.Command(run.Get(register)!, run.Get(template)), stream, UnitScope.Everything, ct);
            await run.PrintAsync(new { file = path }, o => o.WriteLine($"Đã ghi / written: {path}"));
        });
    }
}
