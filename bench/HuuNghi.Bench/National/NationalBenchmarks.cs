using System.Diagnostics;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.National;

/// <summary>Where the generated data is, found again by its codes (so <c>--bench-only</c> works on a loaded database).</summary>
public sealed record BenchTargets(int RootId, int ProvinceId, int RequestId, int LeaderId, int ProvinceOfficerId)
{
    public static readonly DateOnly YearFrom = new(2024, 1, 1), YearTo = new(2024, 12, 31);

    public static async Task<BenchTargets> FindAsync(HuuNghiDbContext db, CancellationToken ct = default)
    {
        var root = await db.OrgUnits.Where(u => u.Code == "vn").Select(u => u.Id).SingleAsync(ct);
        var province = await db.OrgUnits.Where(u => u.Code == NationalGenerator.CodePrefix + "p0").Select(u => u.Id).SingleAsync(ct);
        var request = await db.ReportRequests.Where(r => r.SourceReference == "1/BC-NAT").Select(r => r.Id).SingleAsync(ct);
        var leader = await db.Users.Where(u => u.UserName == "nat.lanhdao").Select(u => u.Id).SingleAsync(ct);
        var officer = await db.Users.Where(u => u.UserName == "nat.tinh").Select(u => u.Id).SingleAsync(ct);
        return new(root, province, request, leader, officer);
    }
}

/// <summary>Every benchmark in one run; a failing one is recorded in its line, never stops the others.</summary>
public static class NationalBenchmarks
{
    /// <param name="only">Figures whose name contains one of these words (all when empty), to measure a few again.</param>
    /// <param name="importCount">Files for the import benchmark: 10,000 by the issue, fewer to try it quickly.</param>
    public static async Task<List<Figure>> RunAsync(ServiceProvider provider, DatabaseTarget target, TextWriter log, IReadOnlyList<string>? only = null, int importCount = 10_000)
    {
        BenchTargets t;
        await using (var s = provider.CreateAsyncScope()) t = await BenchTargets.FindAsync(s.ServiceProvider.GetRequiredService<HuuNghiDbContext>());
        var figures = new List<Figure>();
        bool Wanted(string name) => only is not { Count: > 0 } || only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase));
        async Task Run(string name, Func<Task<Figure>> bench)
        {
            if (!Wanted(name)) return;
            log.WriteLine($"running: {name}");
            try { figures.Add(await bench()); }
            catch (Exception e) { figures.Add(new Figure(name, null, null, $"error: {e.GetType().Name}: {e.Message.Split('\n')[0]}")); }
        }

        await Run("indicators, province-year (ComputeIndicators)", () => IndicatorsAsync(provider, "indicators, province-year (ComputeIndicators)", t.ProvinceId, t.ProvinceOfficerId));
        await Run("indicators, nation-year (ComputeIndicators)", () => IndicatorsAsync(provider, "indicators, nation-year (ComputeIndicators)", t.RootId, t.LeaderId));
        await Run("reporting rates, national request (GetRates)", () => RatesAsync(provider, t));
        await Run("document search 'doi ngoai' (ListDocuments)", () => SearchAsync(provider, t));
        await Run(ImportBench.Name, () => ImportBench.RunAsync(provider, importCount, 2026, log));
        await Run("CLI indicators, province-year (whole run)", () => CliAsync(provider, target, t));
        if (Wanted("web app: page size, 50 users, peak RSS")) try { figures.AddRange(await WebBench.RunAsync(provider, target, t, log)); }
        catch (Exception e) { figures.Add(new Figure("web app", null, null, $"error: {e.GetType().Name}: {e.Message.Split('\n')[0]}")); }
        return figures;
    }

    private static async Task<T> InScope<T>(IServiceProvider provider, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private static Task<UnitScope> ScopeOf(IServiceProvider provider, int userId) =>
        InScope(provider, sp => sp.GetRequiredService<AccessScope>().ForUserAsync(userId));

    private static async Task<Figure> IndicatorsAsync(IServiceProvider provider, string name, int unit, int userId)
    {
        var scope = await ScopeOf(provider, userId);
        var query = new ComputeIndicators.Query(unit, BenchTargets.YearFrom, BenchTargets.YearTo);
        IReadOnlyList<Indicator> app = [];
        Dictionary<string, decimal> floor = [];
        var appMs = await Measure.MedianMsAsync(async () => app = await InScope(provider, sp => sp.GetRequiredService<ComputeIndicators>().HandleAsync(query, scope)));
        var floorMs = await Measure.MedianMsAsync(async () => floor = await InScope(provider, sp => new Floors(sp.GetRequiredService<HuuNghiDbContext>()).IndicatorsAsync(unit, query.From, query.To)));
        var same = floor.All(f => app.FirstOrDefault(a => a.Code == f.Key)?.Value == f.Value);
        return new Figure(name, appMs, floorMs,
            $"{(same ? "same answer" : "ANSWERS DIFFER")}; floor: {floor.Count} of {app.Count} figures in one SQL statement; inbound visits {floor.GetValueOrDefault("delegations-in.visits"):0}");
    }

    private static async Task<Figure> RatesAsync(IServiceProvider provider, BenchTargets t)
    {
        var scope = await ScopeOf(provider, t.LeaderId);
        GetRates.Result? app = null;
        Floors.Rates? floor = null;
        var appMs = await Measure.MedianMsAsync(async () => app = await InScope(provider, sp => sp.GetRequiredService<GetRates>().HandleAsync(t.RequestId, null, scope)));
        var floorMs = await Measure.MedianMsAsync(async () => floor = await InScope(provider, sp => new Floors(sp.GetRequiredService<HuuNghiDbContext>()).RatesAsync(t.RequestId)));
        var r = app!.Rates;
        var same = r.Expected == floor!.Expected && r.Submitted == floor.Submitted && r.OnTime == floor.OnTime && r.Units.Count == floor.Listed;
        return new Figure("reporting rates, national request (GetRates)", appMs, floorMs,
            $"{(same ? "same answer" : "ANSWERS DIFFER")}; {floor.Listed:N0} units expected, {floor.Submitted:N0} submitted, {floor.OnTime:N0} on time");
    }

    private static async Task<Figure> SearchAsync(IServiceProvider provider, BenchTargets t)
    {
        var scope = await ScopeOf(provider, t.LeaderId);
        var query = new ListDocuments.Query(Q: "doi ngoai");
        var words = VietnameseText.Fold(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        ListDocuments.Result? app = null;
        Floors.Search? floor = null;
        var appMs = await Measure.MedianMsAsync(async () => app = await InScope(provider, sp => sp.GetRequiredService<ListDocuments>().HandleAsync(query, scope)));
        var floorMs = await Measure.MedianMsAsync(async () => floor = await InScope(provider, sp => new Floors(sp.GetRequiredService<HuuNghiDbContext>()).SearchAsync(words, query.PageSize)));
        var same = app!.Total == floor!.Total;
        return new Figure("document search 'doi ngoai' (ListDocuments)", appMs, floorMs,
            $"{(same ? "same total" : "TOTALS DIFFER")}; {floor.Total:N0} matches, page of {query.PageSize}; floor: LIKE on the folded text");
    }

    private static async Task<Figure> CliAsync(IServiceProvider provider, DatabaseTarget target, BenchTargets t)
    {
        var cli = Path.Combine(RepoRoot(), "src", "HuuNghi.Cli", "bin", "Release", "net10.0", "huunghi.dll");
        if (!File.Exists(cli)) return new Figure("CLI indicators, province-year (whole run)", null, null, $"not built: {cli} (dotnet build -c Release)");
        var db = target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource : target.ConnectionString;
        var failed = "";
        var appMs = await Measure.MedianMsAsync(async () =>
        {
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { cli, "indicators", "--unit", t.ProvinceId.ToString(), "--from", "2024-01-01", "--to", "2024-12-31", "--json", "--db", db }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEndAsync();
            var error = p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) failed = $"exit {p.ExitCode}: {(await error).Split('\n')[0]}";
            await output;
        }, TimeSpan.FromSeconds(10));
        var floorMs = await Measure.MedianMsAsync(() => InScope(provider, sp => new Floors(sp.GetRequiredService<HuuNghiDbContext>()).IndicatorsAsync(t.ProvinceId, BenchTargets.YearFrom, BenchTargets.YearTo)));
        return new Figure("CLI indicators, province-year (whole run)", appMs, floorMs, failed.Length > 0 ? "error: " + failed : "dotnet huunghi.dll, process start to exit, vs the indicators floor");
    }

    /// <summary>The checkout the built CLI and web app are taken from: above the bench's binaries, else above the working directory.</summary>
    public static string RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HuuNghi.slnx"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        throw new InvalidOperationException("HuuNghi.slnx not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);
    }
}
