using System.CommandLine;

namespace HuuNghi.Cli.Commands;

/// <summary><c>db migrate</c>: bring a database to the current schema before the web app or a script uses it.</summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli) =>
        new("db", "Quản lý cơ sở dữ liệu / Database management")
        {
            Migrate(cli),
        };

    private static Command Migrate(CliContext cli) =>
        // Every command migrates on the way in, so the body only reports what was done; Display hides any password.
        new Command("migrate", "Tạo và cập nhật cấu trúc cơ sở dữ liệu / Create and migrate the database")
            .WithDatabase(cli, (run, _) => run.PrintAsync(
                new { migrated = run.Target.Display, provider = run.Target.Provider },
                o => o.WriteLine($"Đã cập nhật cơ sở dữ liệu / Migrated: {run.Target.Display}")));
}
