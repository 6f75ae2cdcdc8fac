using System.CommandLine;
using HuuNghi.Core.Features.Demo;

namespace HuuNghi.Cli.Commands;

/// <summary><c>demo seed</c>: the seeds' units, plans, registers and demo users; seeding twice changes nothing.</summary>
internal static class DemoCommands
{
    public static Command Create(CliContext cli) =>
        new("demo", "Dữ liệu mẫu / Demo data")
        {
            Seed(cli),
        };

    private static Command Seed(CliContext cli) =>
        new Command("seed", "Nạp bộ dữ liệu mẫu (chạy lại không tạo trùng) / Load the demo data set (safe to repeat)")
            .WithDatabase(cli, async (run, ct) =>
            {
                await run.Service<SeedDemo>().HandleAsync(ct);
                var users = DemoUsers.All.Select(u => u.UserName).ToList();
                await run.PrintAsync(new { seeded = run.Target.Display, users, password = DemoUsers.Password },
                    o => o.WriteLine($"Đã nạp dữ liệu mẫu / Demo data loaded: {run.Target.Display}. "
                        + $"Người dùng mẫu / Demo users (mật khẩu / password {DemoUsers.Password}): {string.Join(", ", users)}"));
            });
}
