using System.Diagnostics;
using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Maintenance;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.National;

/// <summary>
/// <c>national --scale S --db TARGET [--seed N] [--load-only|--bench-only] [--only WORD,...] [--import-count N]</c>: migrates and seeds the demo, loads the
/// national data set beside it, then runs every benchmark once and prints the table.
/// </summary>
public static class NationalCommand
{
    public const string Password = "HuuNghi@Bench2026";
    public static readonly (string UserName, string Role, string UnitCode, string FullName)[] Logins =
    [
        ("nat.lanhdao", Roles.Leader, "vn", "Lãnh đạo toàn quốc (dữ liệu quốc gia)"),
        ("nat.tinh", Roles.FocalOfficer, NationalGenerator.CodePrefix + "p0", "Cán bộ đầu mối tỉnh (dữ liệu quốc gia)"),
        ("nat.xa", Roles.UnitOfficer, NationalGenerator.CodePrefix + "x0.ubnd", "Cán bộ xã (dữ liệu quốc gia)"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var scale = double.Parse(Option("--scale") ?? "0.03", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? "2026", CultureInfo.InvariantCulture);
        var db = Option("--db");
        if (db is null || scale <= 0) { Console.Error.WriteLine("usage: HuuNghi.Bench national --scale S --db TARGET [--seed N] [--load-only|--bench-only] [--only WORD,...] [--import-count N]"); return 2; }
        var target = DatabaseTarget.Resolve(db);
        await using var provider = Services(target);
        Console.WriteLine($"database: {target.Display}, scale {scale.ToString(CultureInfo.InvariantCulture)}, seed {seed}");
        if (!args.Contains("--bench-only"))
        {
            var watch = Stopwatch.StartNew();
            await LoadAsync(provider, scale, seed, Console.Out);
            Console.WriteLine($"loaded in {watch.Elapsed.TotalMinutes:0.0} min");
        }
        if (args.Contains("--load-only")) return 0;
        var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var imports = int.Parse(Option("--import-count") ?? "10000", CultureInfo.InvariantCulture);
        var figures = await NationalBenchmarks.RunAsync(provider, target, Console.Out, only, imports);
        Console.WriteLine();
        Measure.Print(Console.Out, figures);
        return 0;
    }

    public static ServiceProvider Services(DatabaseTarget target)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICurrentActor>(new FixedActor(null, "bench"));
        services.AddLogging();
        return services.AddHuuNghiCore(target).BuildServiceProvider();
    }

    /// <summary>The app's migrations and demo seed, the generated data beside them, the benchmark logins, then the derived data.</summary>
    public static async Task LoadAsync(IServiceProvider provider, double scale, int seed, TextWriter log, CancellationToken ct = default)
    {
        await using (var scope = provider.CreateAsyncScope())
        {
            log.WriteLine("migrating and seeding the demo data");
            await scope.ServiceProvider.GetRequiredService<SeedDemo>().HandleAsync(ct);
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>();
            context.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            log.WriteLine("loading the national data set");
            await new NationalGenerator(context, scale, seed, log).LoadAsync(ct);
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>();
            var create = scope.ServiceProvider.GetRequiredService<CreateUser>();
            foreach (var (user, role, code, name) in Logins)
            {
                var unit = await context.OrgUnits.Where(u => u.Code == code).Select(u => u.Id).SingleAsync(ct);
                await create.HandleAsync(new CreateUser.Command(user, Password, name, [role], [unit]), ct);
            }
            log.WriteLine($"logins: {string.Join(", ", Logins.Select(l => l.UserName))}, password {Password}");
        }
        await RefreshDerivedDataAsync(provider, log, ct);
    }

    /// <summary>
    /// Whatever the app derives from the loaded rows (org closure, search index, aggregates) is rebuilt here, after a
    /// bulk load outside the app, by the same use case as <c>huunghi db refresh</c>.
    /// </summary>
    public static async Task RefreshDerivedDataAsync(IServiceProvider provider, TextWriter log, CancellationToken ct = default)
    {
        await using var scope = provider.CreateAsyncScope();
        var clock = Stopwatch.StartNew();
        var parts = await scope.ServiceProvider.GetRequiredService<RefreshDerivedData>().HandleAsync(ct);
        foreach (var part in parts) log.WriteLine($"refreshed {part.Name}: {part.Rows.ToString("N0", CultureInfo.InvariantCulture)} rows");
        log.WriteLine($"refresh of derived data: {clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");
    }
}
