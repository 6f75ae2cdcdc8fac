using System.CommandLine;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary><c>indicators --unit ID --from DATE --to DATE</c>: a unit subtree's figures for a period, as the tree stood then.</summary>
internal static class IndicatorsCommands
{
    public sealed record Row(string Code, string Name, decimal Value, string Unit);

    public static Command Create(CliContext cli)
    {
        var unit = CommandRun.UnitOption("--unit", "Đơn vị (cả đơn vị trực thuộc)", "The unit (with its subtree)", required: true);
        var from = new Option<string?>("--from") { Description = "Đầu kỳ, yyyy-MM-dd / First day", HelpName = "date", Required = true };
        var to = new Option<string?>("--to") { Description = "Cuối kỳ, yyyy-MM-dd / Last day", HelpName = "date", Required = true };
        var command = new Command("indicators", "Chỉ tiêu của đơn vị trong kỳ / A unit's figures for a period") { unit, from, to };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var query = new ComputeIndicators.Query(await run.RequiredUnitAsync(unit, ct), Required(run.Date(from), "--from"), Required(run.Date(to), "--to"));
            var rows = (await run.Service<ComputeIndicators>().HandleAsync(query, UnitScope.Everything, ct))
                .Select(i => new Row(i.Code, i.Name.Vi, i.Value, i.Unit.Vi)).ToList();
            await run.PrintAsync(rows, o =>
            {
                foreach (var r in rows) o.WriteLine($"{r.Code,-32} {r.Value,16:#,##0} {r.Unit,-10} {r.Name}");
            });
        });
    }

    private static DateOnly Required(DateOnly? day, string option) =>
        day ?? throw new ValidationFailedException(option, new($"Thiếu {option}.", $"{option} is required."));
}
