using System.CommandLine;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>registry outgoing</c> (the next number of a unit's outgoing register, or a reservation), <c>registry list</c> and
/// <c>registry release</c>. The operator at the terminal acts for every unit, as in the other commands.
/// </summary>
internal static class RegistryCommands
{
    /// <summary>The contract's answer, exactly: <c>{ number, symbol, reference, year, issuedOn }</c>.</summary>
    public sealed record Outgoing(int Number, string Symbol, string Reference, int Year, DateOnly? IssuedOn);

    public static Command Create(CliContext cli)
    {
        var registry = new Command("registry", "Sổ văn bản đi và đến: cấp số, giữ số, vào sổ, xem sổ / Outgoing and incoming registers: allocate, reserve, receive, list")
        {
            Allocate(cli),
            List(cli),
            Release(cli),
        };
        foreach (var incoming in IncomingCommands.Create(cli)) registry.Subcommands.Add(incoming);
        return registry;
    }

    private static Option<string?> Unit(string vi, string en) => CommandRun.UnitOption("--unit", vi, en, required: true);

    private static Option<string?> Register() => new("--register")
    {
        Description = $"Sổ của đơn vị (mặc định \"{OutgoingRegister.General}\", một sổ cho mọi loại) / The unit's register (default \"{OutgoingRegister.General}\", one for all kinds)",
        HelpName = "name",
    };

    private static Command Allocate(CliContext cli)
    {
        var unit = Unit("Đơn vị ban hành", "The issuing unit");
        var symbol = new Option<string?>("--symbol") { Description = "Ký hiệu văn bản, ví dụ BC-UBND / The document symbol, e.g. BC-UBND", Required = true };
        var register = Register();
        var title = new Option<string?>("--title") { Description = "Trích yếu / The document's summary" };
        var kind = new Option<string?>("--kind") { Description = "Tên loại văn bản, ví dụ Báo cáo / The kind's name, e.g. Báo cáo" };
        var signer = new Option<string?>("--signer") { Description = "Người ký / Signer" };
        var to = new Option<string?>("--to") { Description = "Nơi nhận / Recipients" };
        var keptBy = new Option<string?>("--kept-by") { Description = "Đơn vị, người nhận bản lưu / Who keeps the file copy" };
        var copies = new Option<int?>("--copies") { Description = "Số lượng bản / Number of copies" };
        var reserve = new Option<bool>("--reserve") { Description = "Chỉ giữ số cho bản dự thảo / Only reserve the number for a draft" };
        var command = new Command("outgoing", "Cấp số tiếp theo trong sổ văn bản đi của năm / Allocate the unit's next outgoing number for the year")
            { unit, symbol, register, title, kind, signer, to, keptBy, copies, reserve };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var request = new AllocateOutgoingNumber.Command(await run.RequiredUnitAsync(unit, ct), run.Get(symbol), run.Get(register),
                new OutgoingRegister.Details(run.Get(kind), run.Get(title), run.Get(signer), run.Get(to), run.Get(keptBy), run.Get(copies)));
            var a = run.Get(reserve)
                ? await run.Service<ReserveNumber>().HandleAsync(request, UnitScope.Everything, ct)
                : await run.Service<AllocateOutgoingNumber>().HandleAsync(request, UnitScope.Everything, ct);
            await run.PrintAsync(new Outgoing(a.Number, a.Symbol, a.Reference, a.Year, a.IssuedOn), o => o.WriteLine(a.State == OutgoingState.Reserved
                ? $"Đã giữ số / reserved {a.Reference} (sổ / register {a.Register}, {a.Year}), mã dòng / line id {a.Id}"
                : $"Số / number {a.Reference}, ngày / on {CommandRun.Day(a.IssuedOn)} (sổ / register {a.Register}, {a.Year})"));
        });
    }

    private static Command List(CliContext cli)
    {
        var unit = Unit("Đơn vị", "The unit");
        var year = new Option<int?>("--year") { Description = "Năm (mặc định năm nay) / Year (default this year)" };
        var register = Register();
        var page = new Option<int?>("--page") { Description = $"Trang, {ListOutgoingRegister.PageSize} dòng mỗi trang / Page of {ListOutgoingRegister.PageSize} lines" };
        var command = new Command("list", "Sổ văn bản đi của đơn vị trong năm / A unit's outgoing register for a year") { unit, year, register, page };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var r = await run.Service<ListOutgoingRegister>().HandleAsync(
                new ListOutgoingRegister.Query(await run.RequiredUnitAsync(unit, ct), run.Get(year), run.Get(register), run.Get(page) ?? 1), UnitScope.Everything, ct);
            await run.PrintAsync(r, o =>
            {
                o.WriteLine($"{r.UnitName}: sổ / register {r.Register}, {r.Year} — {r.Total} số / numbers");
                foreach (var l in r.Rows)
                    o.WriteLine($"  {l.Reference,-16} {CommandRun.Day(l.IssuedOn),-10} {l.State,-9} {string.Join(" ", new[] { l.KindName, l.Title }.Where(s => s is not null))}");
            });
        });
    }

    private static Command Release(CliContext cli)
    {
        var id = new Argument<int>("line-id") { Description = "Mã dòng của số đang giữ / The reserved line's id" };
        var reason = new Option<string?>("--reason") { Description = "Lý do hủy / Why it is given up" };
        var command = new Command("release", "Hủy số đang giữ (ghi là đã hủy, không cấp lại) / Release a reserved number (recorded as cancelled)") { id, reason };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            await run.Service<ReleaseNumber>().HandleAsync(new ReleaseNumber.Command(run.Get(id), run.Get(reason)), UnitScope.Everything, ct);
            await run.PrintAsync(new { released = run.Get(id) }, o => o.WriteLine($"Đã hủy số / released line {run.Get(id)}"));
        });
    }
}
