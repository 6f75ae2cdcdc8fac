using System.CommandLine;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary><c>orgunits list</c> and <c>orgunits show</c>: the org tree with its history, as the operator sees all of it.</summary>
internal static class OrgUnitsCommands
{
    public static Command Create(CliContext cli) =>
        new("orgunits", "Đơn vị và cây tổ chức theo thời gian / Units and the organisation tree over time")
        {
            List(cli),
            Show(cli),
        };

    private static Command List(CliContext cli)
    {
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Ngày của cây, yyyy-MM-dd (mặc định hôm nay) / The day of the tree, yyyy-MM-dd (default today)",
            HelpName = "date",
        };
        var command = new Command("list", "Cây tổ chức như tại một ngày / The tree as it stood on a day") { asOf };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var day = run.Date(asOf);
            var rows = await run.Service<ListOrgUnits>().HandleAsync(day, UnitScope.Everything, ct);
            await run.PrintAsync(rows, o => PrintTree(o, rows));
        });
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("unit") { Description = "Mã số, mã hoặc tên đơn vị / The unit's id, code or name" };
        var command = new Command("show", "Một đơn vị với lịch sử của nó / One unit with its history") { id };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var unitId = await run.Service<FindOrgUnit>().HandleAsync(run.Get(id)!, ct);
            var unit = await run.Service<GetOrgUnit>().HandleAsync(unitId, UnitScope.Everything, ct);
            await run.PrintAsync(unit, o => PrintUnit(o, unit));
        });
    }

    private static void PrintTree(TextWriter o, IReadOnlyList<ListOrgUnits.Row> rows)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        var children = rows.Where(r => r.ParentId is { } p && ids.Contains(p)).ToLookup(r => r.ParentId!.Value);
        void Print(ListOrgUnits.Row row, int depth)
        {
            o.WriteLine($"{new string(' ', depth * 2)}{row.Name}  [{row.Level}, {row.Kind}, #{row.Id}]");
            foreach (var child in children[row.Id]) Print(child, depth + 1);
        }
        foreach (var root in rows.Where(r => r.ParentId is not { } p || !ids.Contains(p))) Print(root, 0);
        o.WriteLine($"{rows.Count} đơn vị / units");
    }

    private static void PrintUnit(TextWriter o, GetOrgUnit.Details unit)
    {
        o.WriteLine($"{unit.Name}  [#{unit.Id}, {unit.Code}]");
        if (unit.ShortName is not null) o.WriteLine($"  Tên ngắn / Short name: {unit.ShortName}");
        if (unit.IdentifierCode is not null) o.WriteLine($"  Mã định danh / Identifier code: {unit.IdentifierCode}");
        o.WriteLine($"  Loại / Kind: {unit.Kind}, cấp / level: {unit.Level}");
        o.WriteLine($"  Hiệu lực / Valid: {CommandRun.Day(unit.ValidFrom)} – {CommandRun.Day(unit.ValidTo)}");
        foreach (var link in unit.Parents)
            o.WriteLine($"  Trực thuộc / Under: {link.ParentName} (#{link.ParentId}) {CommandRun.Day(link.ValidFrom)} – {CommandRun.Day(link.ValidTo)}");
        foreach (var e in unit.Events)
            o.WriteLine($"  {CommandRun.Day(e.Date)} {e.Kind} ({e.Role}) {string.Join(", ", e.OtherUnits)} {e.LegalBasis} {e.Note}".TrimEnd());
        if (unit.Aliases.Count > 0) o.WriteLine($"  Tên khác / Also known as: {string.Join("; ", unit.Aliases)}");
    }
}
