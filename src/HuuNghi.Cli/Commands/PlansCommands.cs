using System.CommandLine;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Cli.Commands;

/// <summary><c>plans show|compliance</c>: the task assignment table of a plan, and the cascade below it.</summary>
internal static class PlansCommands
{
    public static Command Create(CliContext cli) =>
        new("plans", "Kế hoạch và nhiệm vụ / Plans and tasks") { Show(cli), Compliance(cli) };

    private static Argument<string> Reference() => new("reference") { Description = "Số, ký hiệu (ví dụ 83-KH/TU), hoặc #mã cho kế hoạch chưa có số / Reference (e.g. 83-KH/TU), or #id for a plan without one" };

    /// <summary>"#5" names a plan by id: a plan without a number (seed 004) has no reference to ask by.</summary>
    private static int? IdOf(string reference) => reference.StartsWith('#') && int.TryParse(reference[1..], out var id) ? id : null;

    private static Command Show(CliContext cli)
    {
        var reference = Reference();
        var command = new Command("show", "Biểu phân công nhiệm vụ của một kế hoạch / A plan's task assignment table") { reference };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var show = run.Service<ShowPlan>();
            var plan = IdOf(run.Get(reference)!) is { } id ? await show.HandleAsync(id, UnitScope.Everything, ct)
                : await show.ByReferenceAsync(run.Get(reference)!, UnitScope.Everything, ct);
            await run.PrintAsync(plan, o =>
            {
                o.WriteLine($"{plan.Reference} {CommandRun.Day(plan.PlanDate)} {plan.Issuer} — {plan.Title}");
                foreach (var t in plan.Tasks)
                {
                    o.WriteLine($"  {t.Ref}. {t.Title} [{t.Status}] {t.Timeframe.Text}");
                    foreach (var a in t.Lead) o.WriteLine($"     chủ trì / lead: {Assigned(a)}");
                    foreach (var a in t.Coordinating) o.WriteLine($"     phối hợp / coordinating: {Assigned(a)}");
                }
            });
        });
    }

    private static Command Compliance(CliContext cli)
    {
        var reference = Reference();
        var asOf = new Option<string?>("--as-of") { Description = "Tính đến ngày, yyyy-MM-dd (mặc định hôm nay) / As of, yyyy-MM-dd (default today)", HelpName = "date" };
        var command = new Command("compliance", "Đơn vị nào đã triển khai, báo cáo / Which units implemented and reported") { reference, asOf };
        return command.WithDatabase(cli, async (run, ct) =>
        {
            var compliance = run.Service<ShowCompliance>();
            var result = IdOf(run.Get(reference)!) is { } id ? await compliance.HandleAsync(id, run.Date(asOf), UnitScope.Everything, ct)
                : await compliance.ByReferenceAsync(run.Get(reference)!, run.Date(asOf), UnitScope.Everything, ct);
            await run.PrintAsync(result.Units, o =>
            {
                foreach (var u in result.Units)
                    o.WriteLine($"#{u.OrgUnitId} {u.Name}: {u.Done}/{u.Tasks} xong / done, {u.Overdue} quá hạn / overdue, "
                        + $"kế hoạch / plans: {(u.ImplementingPlans.Count == 0 ? "—" : string.Join(", ", u.ImplementingPlans.Select(p => p.Reference)))}");
                foreach (var g in result.TasksWithoutWork) o.WriteLine($"  chưa có việc triển khai / no implementing work: {g.Ref}. {g.Title}");
            });
        });
    }

    private static string Assigned(ShowPlan.Assignee a) =>
        a.OrgUnitId is { } id ? $"{a.Name} → #{id}"
        : a.OrgUnitIds is { } ids ? $"{a.Name} → {ids.Count} đơn vị / units ({string.Join(", ", a.UnitNames)})"
        : $"{a.Name} → chưa khớp / not matched";
}
