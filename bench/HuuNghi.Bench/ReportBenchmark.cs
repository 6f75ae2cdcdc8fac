using System.Diagnostics;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.ReportWriter;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench;

/// <summary>
/// Reports per second on the demo data (a fresh SQLite file, or <c>--db</c>): Tháp Mười's 2023 report written from
/// its sealed snapshot (layout cost), the same unit's open 2024 draft written from the registers (queries + layout),
/// and the Sở Ngoại vụ's consolidated report. DOCX only: PDF time is LibreOffice's, not ours.
/// </summary>
internal static class ReportBenchmark
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(4);

    public static async Task<int> RunAsync(string[] args)
    {
        var db = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
        var folder = db is null ? Directory.CreateTempSubdirectory("huunghi-bench-") : null;
        try
        {
            var target = DatabaseTarget.Resolve(db ?? "sqlite:" + Path.Combine(folder!.FullName, "bench.db"));
            var services = new ServiceCollection();
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ICurrentActor>(new FixedActor(null, "bench"));
            await using var provider = services.AddHuuNghiCore(target).BuildServiceProvider();
            int request, draftRequest, unit;
            await using (var scope = provider.CreateAsyncScope())
            {
                var context = scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>();
                await context.MigrateAsync();
                await scope.ServiceProvider.GetRequiredService<SeedDemo>().HandleAsync();
                unit = await context.OrgUnits.Where(u => u.Code == "dt.tm.ubnd").Select(u => u.Id).SingleAsync();
                request = await context.ReportRequests.Where(r => r.SourceReference == "1807/SNGV-NV").Select(r => r.Id).SingleAsync();
                var receiver = await context.ReportRequests.Where(r => r.Id == request).Select(r => r.ReceiverId).SingleAsync();
                draftRequest = await context.ReportRequests.Where(r => r.ReceiverId == receiver && r.PeriodKey == "2024").Select(r => r.Id).SingleAsync();
                await scope.ServiceProvider.GetRequiredService<StartDraft>().HandleAsync(new StartDraft.Command(draftRequest, unit), UnitScope.Everything);
            }
            Console.WriteLine($"database: {target.Display}");
            await MeasureAsync(provider, "unit report, sealed snapshot", new WriteReport.Command(request, unit, ReportFormat.Docx));
            await MeasureAsync(provider, "unit report, draft from registers", new WriteReport.Command(draftRequest, unit, ReportFormat.Docx));
            await MeasureAsync(provider, "consolidated report", new WriteReport.Command(request, null, ReportFormat.Docx));
            await MeasureAsync(provider, "statistics workbook (XLSX)", new WriteReport.Command(request, unit, ReportFormat.Xlsx));
            return 0;
        }
        finally
        {
            // SQLite keeps the file open in its pool until the provider is gone; the folder goes after it.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder?.Delete(recursive: true);
        }
    }

    private static async Task MeasureAsync(ServiceProvider provider, string name, WriteReport.Command command)
    {
        async Task<int> OnceAsync()
        {
            await using var scope = provider.CreateAsyncScope();
            var written = await scope.ServiceProvider.GetRequiredService<WriteReport>().HandleAsync(command, UnitScope.Everything);
            return written.Content.Length;
        }
        var size = 0;
        for (var i = 0; i < 20; i++) size = await OnceAsync();
        var times = new List<double>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Duration)
        {
            var start = Stopwatch.GetTimestamp();
            await OnceAsync();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{name}: {times.Count / watch.Elapsed.TotalSeconds:0.0} reports/second, median {times[times.Count / 2]:0.0} ms, best {times[0]:0.0} ms, {size / 1024.0:0} KB");
    }
}
