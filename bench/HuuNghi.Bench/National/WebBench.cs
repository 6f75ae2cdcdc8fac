using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HuuNghi.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.National;

/// <summary>
/// The web app in its own process (so its resident memory is its own) on loopback against the target database:
/// page sizes against the 300 KB bound, the home and indicators pages under 50 concurrent users, and the process's
/// peak RSS against 512 MB. Signed in as the national leader, whose pages carry the most.
/// </summary>
public static partial class WebBench
{
    private const int Users = 50;
    private const int MaxRequests = 1000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromSeconds(30);

    public static async Task<List<Figure>> RunAsync(IServiceProvider provider, DatabaseTarget target, BenchTargets t, TextWriter log)
    {
        var figures = new List<Figure>();
        var web = Path.Combine(NationalBenchmarks.RepoRoot(), "src", "HuuNghi.Web", "bin", "Release", "net10.0", "HuuNghi.Web.dll");
        if (!File.Exists(web)) return [new Figure("web app", null, null, $"not built: {web} (dotnet build -c Release)")];
        var port = 5600 + Random.Shared.Next(300);
        var url = $"http://127.0.0.1:{port}";
        var db = target.Provider == DatabaseProvider.Sqlite ? "sqlite:" + new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(target.ConnectionString).DataSource : target.ConnectionString;
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { web, "--db", db, "--urls", url }) psi.ArgumentList.Add(a);
        psi.Environment.Remove("HUUNGHI_DEMO");
        using var process = Process.Start(psi)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var cookies = new CookieContainer();
            using var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = Users };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            var started = Stopwatch.StartNew();
            while (true)
            {
                try { if ((await client.GetAsync("/health")).IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                if (process.HasExited) return [new Figure("web app", null, null, $"exited at start with code {process.ExitCode}")];
                if (started.Elapsed > TimeSpan.FromMinutes(3)) return [new Figure("web app", null, null, "not healthy within 3 minutes")];
                await Task.Delay(500);
            }
            log.WriteLine($"web app up in {started.Elapsed.TotalSeconds:0.0} s");
            var login = await client.GetStringAsync("/Account/Login");
            var token = Token().Match(login).Groups[1].Value;
            var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "nat.lanhdao", ["Password"] = NationalCommand.Password, ["__RequestVerificationToken"] = token,
            }));
            if (signIn.StatusCode != HttpStatusCode.Redirect && signIn.StatusCode != HttpStatusCode.Found)
                return [new Figure("web app", null, null, $"sign-in failed: {(int)signIn.StatusCode}")];

            foreach (var (name, path) in new[] { ("/", "/"), ("/OrgUnits", "/OrgUnits"), ("/Indicators", "/Indicators"),
                         ("register list", "/Registers?register=delegations-in"), ("register form", "/Registers/Edit?register=delegations-in"),
                         ("request page", $"/Reporting/Request/{t.RequestId}") })
            {
                log.WriteLine($"running: page size {name}");
                try
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync(path);
                    var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
                    figures.Add(new Figure($"page size {name}", watch.Elapsed.TotalMilliseconds, null,
                        $"{(int)response.StatusCode}, {bytes / 1024.0:0} KB ({(bytes <= 300 * 1024 ? "within" : "OVER")} the 300 KB bound)"));
                }
                catch (Exception e) { figures.Add(new Figure($"page size {name}", null, null, $"error: {e.GetType().Name}: {e.Message}")); }
            }

            var since = DateOnly.FromDateTime(DateTime.UtcNow);
            foreach (var (name, path, floor) in new (string, string, Func<Task>)[]
                     {
                         ("home page, 50 users", "/", () => InScope(provider, db => new Floors(db).HomeAsync("nat.lanhdao", since))),
                         ("indicators page, 50 users", "/Indicators", () => InScope(provider, db => new Floors(db).IndicatorsAsync(t.RootId, new DateOnly(since.Year, 1, 1), since))),
                     })
            {
                log.WriteLine($"running: {name}");
                try { figures.Add(await LoadAsync(client, name, path, floor)); }
                catch (Exception e) { figures.Add(new Figure(name, null, null, $"error: {e.GetType().Name}: {e.Message}")); }
            }
            figures.Add(new Figure("web process peak RSS", null, null, $"{PeakRssMb(process.Id):0} MB (bound 512 MB)"));
        }
        finally
        {
            if (!process.HasExited) { process.Kill(entireProcessTree: true); await process.WaitForExitAsync(); }
        }
        return figures;
    }

    private static async Task<Figure> LoadAsync(HttpClient client, string name, string path, Func<Task> floor)
    {
        var app = await ConcurrentAsync(async () =>
        {
            using var response = await client.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return response.IsSuccessStatusCode;
        });
        // The floor under the same load: its SQL from 50 callers at once, as many times.
        var sql = await ConcurrentAsync(async () => { await floor(); return true; });
        return new Figure(name, Measure.Percentile(app.Times, 0.5), Measure.Percentile(sql.Times, 0.5),
            $"{app.Times.Count} requests in {app.Seconds:0.0} s, p50 {Measure.Percentile(app.Times, 0.5):0} ms, p95 {Measure.Percentile(app.Times, 0.95):0} ms, {app.Errors} errors; " +
            $"floor: its SQL from 50 callers, p95 {Measure.Percentile(sql.Times, 0.95):0} ms, {sql.Errors} errors");
    }

    /// <summary>50 callers at once until <see cref="MaxRequests"/> calls or <see cref="MaxDuration"/>, whichever comes first.</summary>
    private static async Task<(List<double> Times, int Errors, double Seconds)> ConcurrentAsync(Func<Task<bool>> call)
    {
        var times = new List<double>();
        var errors = 0;
        var issued = 0;
        var watch = Stopwatch.StartNew();
        async Task User()
        {
            while (Interlocked.Increment(ref issued) <= MaxRequests && watch.Elapsed < MaxDuration)
            {
                var start = Stopwatch.GetTimestamp();
                try { if (!await call()) Interlocked.Increment(ref errors); }
                catch (Exception) { Interlocked.Increment(ref errors); }
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (times) times.Add(ms);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Users).Select(_ => Task.Run(User)));
        times.Sort();
        return (times, errors, watch.Elapsed.TotalSeconds);
    }

    private static async Task InScope(IServiceProvider provider, Func<HuuNghiDbContext, Task> work)
    {
        await using var scope = provider.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>());
    }

    /// <summary>The kernel's high-water mark of the process's resident set (VmHWM), in MB.</summary>
    private static double PeakRssMb(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:"));
        return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
