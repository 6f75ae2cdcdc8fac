using System.CommandLine;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>reporting requests</c>, <c>reporting rates</c> and <c>reporting raise-due</c> (the daily job, for a
/// scheduler when the web app is not the one running it).
/// </summary>
internal static class ReportingCommands
{
    public sealed record UnitLine(int OrgUnitId, string Name, string Status, DateTime? SubmittedAt, bool OnTime, bool Late);

    public sealed record RatesLine(int Id, string Title, string Period, DateOnly Deadline, int Expected, int Submitted, int OnTime,
        decimal Rate, decimal OnTimeRate, IReadOnlyList<UnitLine> Units);

    public static Command Create(CliContext cli) =>
        new("reporting", "Yêu cầu báo cáo, tỷ lệ báo cáo / Report requests and reporting rates")
        {
            Requests(cli),
            Rates(cli),
            RaiseDue(cli),
        };

    private static Command Requests(CliContext cli) =>
        new Command("requests", "Các yêu cầu báo cáo với số đơn vị đã gửi / Report requests with their counts")
            .WithDatabase(cli, async (run, ct) =>
            {
                var rows = await run.Service<ListRequests>().HandleAsync(UnitScope.Everything, ct);
                await run.PrintAsync(rows, o =>
                {
                    foreach (var r in rows)
                        o.WriteLine($"#{r.Id} {r.Title} [{r.Period}] hạn / due {CommandRun.Day(r.Deadline)}: {r.Submitted}/{r.Expected} đã gửi / submitted, {r.OnTime} đúng hạn / on time");
                    o.WriteLine($"{rows.Count} yêu cầu / requests");
                });
            });

    private static Command Rates(CliContext cli)
    {
        var id = new Argument<int>("request-id") { Description = "Mã yêu cầu báo cáo / The request's id" };
        var root = CommandRun.UnitOption("--unit", "Chỉ tính cây đơn vị này", "Only this unit's subtree");
        var command = new Command("rates", "Tỷ lệ báo cáo và đúng hạn, đơn vị chưa gửi, gửi muộn / Reporting and on-time rates, missing and late units") { id, root };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var r = await run.Service<GetRates>().HandleAsync(run.Get(id), await run.UnitAsync(root, ct), UnitScope.Everything, ct);
            var rates = r.Rates;
            var line = new RatesLine(r.RequestId, r.Title, r.Period, r.Deadline, rates.Expected, rates.Submitted, rates.OnTime, rates.Rate, rates.OnTimeRate,
                [.. rates.Units.Select(u => new UnitLine(u.OrgUnitId, u.Name, u.Status.ToString(), u.SubmittedAt, u.OnTime, u.Late))]);
            await run.PrintAsync(line, o =>
            {
                o.WriteLine($"{r.Title} [{r.Period}], hạn / due {CommandRun.Day(r.Deadline)}");
                o.WriteLine($"Đã gửi / submitted {rates.Submitted}/{rates.Expected} ({rates.Rate:P0}); đúng hạn / on time {rates.OnTime} ({rates.OnTimeRate:P0})");
                foreach (var u in rates.Units)
                    o.WriteLine($"  {u.Name} (#{u.OrgUnitId}): {u.Status}{(u.SubmittedAt is { } at ? $" {at:yyyy-MM-dd HH:mm}Z" : "")}{(u.Late ? " — muộn / late" : "")}");
            });
        });
    }

    private static Command RaiseDue(CliContext cli) =>
        new Command("raise-due", "Tạo các yêu cầu đến kỳ và gửi đôn đốc (chạy hằng ngày) / Raise due requests and send due reminders (daily)")
            .WithDatabase(cli, async (run, ct) =>
            {
                var raised = await run.Service<RaiseDueRequests>().HandleAsync(ct);
                var reminded = await run.Service<SendDueReminders>().HandleAsync(ct);
                await run.PrintAsync(new { raised = raised.Raised, skipped = raised.Skipped.Select(s => s.Both).ToList(), reminded }, o =>
                {
                    o.WriteLine($"Đã tạo / raised {raised.Raised} yêu cầu / requests; đã đôn đốc / reminded {reminded} đơn vị / units");
                    foreach (var s in raised.Skipped) o.WriteLine($"  Bỏ qua / skipped: {s.Both}");
                });
            });
}
