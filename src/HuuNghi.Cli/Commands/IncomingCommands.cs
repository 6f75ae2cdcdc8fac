using System.CommandLine;
using HuuNghi.Core.Features.Registry;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// The incoming register under <c>registry</c>: <c>incoming</c> (list), <c>receive</c> (enter a stored document by hand),
/// <c>assign</c> (handler and deadline) and <c>handle</c> (state). The operator at the terminal acts for every unit.
/// </summary>
internal static class IncomingCommands
{
    public static IEnumerable<Command> Create(CliContext cli) => [List(cli), Receive(cli), Assign(cli), Handle(cli)];

    private static Option<string?> HandlerUnit() => CommandRun.UnitOption("--handler-unit", "Đơn vị xử lý", "The handling unit");
    private static Option<string?> HandlerUser() => new("--handler") { Description = "Người xử lý (tên đăng nhập) / The handling person (login name)", HelpName = "user" };
    private static Option<string?> Deadline() => new("--deadline") { Description = "Hạn xử lý, yyyy-MM-dd / Handling deadline", HelpName = "date" };

    private static Command List(CliContext cli)
    {
        var unit = CommandRun.UnitOption("--unit", "Đơn vị nhận", "The receiving unit", required: true);
        var year = new Option<int?>("--year") { Description = "Năm (mặc định năm nay) / Year (default this year)" };
        var state = new Option<string?>("--state") { Description = "to-handle, in-progress, done" };
        var subtree = new Option<bool>("--subtree") { Description = "Cả các đơn vị trực thuộc / With the sub-units" };
        var page = new Option<int?>("--page") { Description = $"Trang, {ListIncomingRegister.PageSize} dòng mỗi trang / Page of {ListIncomingRegister.PageSize} lines" };
        var command = new Command("incoming", "Sổ văn bản đến của đơn vị trong năm / A unit's incoming register for a year") { unit, year, state, subtree, page };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var r = await run.Service<ListIncomingRegister>().HandleAsync(new ListIncomingRegister.Query(await run.RequiredUnitAsync(unit, ct), run.Get(year),
                IncomingRegister.ParseState(run.Get(state)), run.Get(subtree), run.Get(page) ?? 1), UnitScope.Everything, ct);
            await run.PrintAsync(r, o =>
            {
                o.WriteLine($"{r.UnitName}: sổ văn bản đến / incoming register {r.Year} — {r.Total} văn bản / documents");
                foreach (var l in r.Rows) o.WriteLine(Line(l));
            });
        });
    }

    private static Command Receive(CliContext cli)
    {
        var reference = new Argument<string>("reference") { Description = "Số, ký hiệu của văn bản đã lưu / The stored document's reference" };
        var unit = CommandRun.UnitOption("--unit", "Đơn vị nhận", "The receiving unit", required: true);
        var (handlerUnit, handler, deadline) = (HandlerUnit(), HandlerUser(), Deadline());
        var arrived = new Option<string?>("--arrived") { Description = "Ngày đến (mặc định hôm nay) / Arrival day (default today)", HelpName = "date" };
        var stamped = new Option<string?>("--stamped") { Description = "Số trên dấu ĐẾN / The number on the ĐẾN stamp" };
        var command = new Command("receive", "Vào sổ văn bản đến một văn bản đã lưu / Enter a stored document in a unit's incoming register")
            { reference, unit, handlerUnit, handler, deadline, arrived, stamped };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var row = await run.Service<RecordArrival>().HandleAsync(new RecordArrival.Command(run.Get(reference), await run.RequiredUnitAsync(unit, ct),
                await run.UnitAsync(handlerUnit, ct), run.Get(handler), run.Date(deadline), run.Date(arrived), run.Get(stamped)), UnitScope.Everything, ct);
            await run.PrintAsync(row, o => o.WriteLine(Line(row)));
        });
    }

    private static Command Assign(CliContext cli)
    {
        var id = new Argument<int>("entry-id") { Description = "Mã dòng sổ văn bản đến / The incoming entry's id" };
        var (handlerUnit, handler, deadline) = (HandlerUnit(), HandlerUser(), Deadline());
        var command = new Command("assign", "Giao xử lý văn bản đến / Hand an incoming document to a unit or person") { id, handlerUnit, handler, deadline };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var row = await run.Service<AssignIncoming>().HandleAsync(new AssignIncoming.Command(run.Get(id), await run.UnitAsync(handlerUnit, ct), run.Get(handler),
                run.Date(deadline)), UnitScope.Everything, ct);
            await run.PrintAsync(row, o => o.WriteLine(Line(row)));
        });
    }

    private static Command Handle(CliContext cli)
    {
        var id = new Argument<int>("entry-id") { Description = "Mã dòng sổ văn bản đến / The incoming entry's id" };
        var state = new Argument<string>("state") { Description = "to-handle, in-progress, done" };
        var note = new Option<string?>("--note") { Description = "Ghi chú / Note" };
        var command = new Command("handle", "Chuyển trạng thái xử lý văn bản đến / Move an incoming document's handling state") { id, state, note };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var row = await run.Service<ChangeIncomingState>().HandleAsync(new ChangeIncomingState.Command(run.Get(id),
                IncomingRegister.ParseState(run.Get(state)) ?? IncomingState.ToHandle, run.Get(note)), UnitScope.Everything, ct);
            await run.PrintAsync(row, o => o.WriteLine(Line(row)));
        });
    }

    private static string Line(ListIncomingRegister.Row l) =>
        $"  {l.Number,4} {CommandRun.Day(l.ArrivedOn),-10} {l.Reference,-16} {IncomingRegister.StateName(l.State).Both,-24} "
        + $"{(l.Deadline is { } d ? "hạn / due " + CommandRun.Day(d) + " " : "")}{l.Title} (mã dòng / id {l.Id})";
}
