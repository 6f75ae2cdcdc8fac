using System.CommandLine;
using HuuNghi.Core.Features.Maintenance;

namespace HuuNghi.Cli.Commands;

/// <summary>
/// <c>db migrate</c>: bring a database to the current schema before the web app or a script uses it.
/// <c>db refresh</c>: rebuild what the app derives from its tables after a bulk load outside the app.
/// </summary>
internal static class DbCommands
{
    public static Command Create(CliContext cli) =>
        new("db", "Quản lý cơ sở dữ liệu / Database management")
        {
            Migrate(cli),
            Refresh(cli),
        };

    private static Command Refresh(CliContext cli) =>
        new Command("refresh", "Dựng lại dữ liệu suy ra (bao đóng cây tổ chức, chỉ mục tìm kiếm) sau khi nạp hàng loạt / Rebuild derived data (org-tree closure, search index) after a bulk load")
            .WithDatabase(cli, async (run, ct) =>
            {
                var parts = await run.Service<RefreshDerivedData>().HandleAsync(ct);
                await run.PrintAsync(new { refreshed = parts.Select(p => new { name = p.Name, rows = p.Rows }) }, o =>
                {
                    foreach (var p in parts) o.WriteLine($"Đã dựng lại / Rebuilt {p.Name}: {p.Rows} — {p.Description.Vi} / {p.Description.En}");
                });
            });

    private static Command Migrate(CliContext cli) =>
        // Every command migrates on the way in, so the body only reports what was done; Display hides any password.
        new Command("migrate", "Tạo và cập nhật cấu trúc cơ sở dữ liệu / Create and migrate the database")
            .WithDatabase(cli, (run, _) => run.PrintAsync(
                new { migrated = run.Target.Display, provider = run.Target.Provider },
                o => o.WriteLine($"Đã cập nhật cơ sở dữ liệu / Migrated: {run.Target.Display}")));
}
