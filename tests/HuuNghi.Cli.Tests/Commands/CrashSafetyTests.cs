using System.Diagnostics;
using System.Security.Cryptography;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Cli.Tests.Commands;

/// <summary>
/// The CLI killed (SIGKILL, no chance to clean up) in the middle of importing many files and in the middle of a
/// register import: the database opens, every stored document is whole, and no half-written rows remain, because
/// each file (and each workbook) is one transaction. Runs the real published command in its own process.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Files = 120;
    private const int TasksPerPlan = 3;
    private const int Rows = 20_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("huunghi-crash-").FullName;

    [Fact]
    public Task Should_leave_whole_documents_only_when_killed_while_importing_many_files_on_sqlite() =>
        DocumentsAsync("sqlite:" + Path.Combine(_folder, "huunghi.db"));

    [Fact]
    public Task Should_leave_whole_documents_only_when_killed_while_importing_many_files_on_postgres() =>
        PostgresTests.InFreshDatabaseAsync(DocumentsAsync);

    [Fact]
    public Task Should_leave_a_register_all_or_nothing_when_killed_while_importing_a_workbook_on_sqlite() =>
        RegisterAsync("sqlite:" + Path.Combine(_folder, "huunghi.db"));

    [Fact]
    public Task Should_leave_a_register_all_or_nothing_when_killed_while_importing_a_workbook_on_postgres() =>
        PostgresTests.InFreshDatabaseAsync(RegisterAsync);

    private async Task DocumentsAsync(string db)
    {
        Assert.Equal(0, (await CliHarness.RawAsync("orgunits", "list", "--json", "--db", db)).ExitCode); // a migrated database
        var paths = Enumerable.Range(1, Files).Select(i =>
        {
            var path = Path.Combine(_folder, $"ke-hoach-{i:000}.txt");
            File.WriteAllText(path, Plan(i));
            return path;
        }).ToArray();

        var killedAfter = await RunAndKillAsync(["documents", "import", .. paths, "--db", db], line => line.Contains("đã lưu / stored"), after: 10);
        Assert.InRange(killedAfter, 10, Files - 1);

        await CheckDocumentsAsync(db, complete: false);
        // The files the kill interrupted import as if nothing had happened, and the ones stored are unchanged.
        var again = await CliHarness.RawAsync(["documents", "import", .. paths, "--db", db]);
        Assert.True(again.ExitCode == 0, again.Error);
        await CheckDocumentsAsync(db, complete: true);
    }

    private static async Task CheckDocumentsAsync(string db, bool complete)
    {
        var files = await CliHarness.QueryAsync(db, d => d.DocumentFiles.AsNoTracking().Select(f => new { f.Id, f.Sha256, f.Content }).ToListAsync());
        foreach (var f in files) Assert.Equal(f.Sha256, Convert.ToHexString(SHA256.HashData(f.Content)).ToLowerInvariant());
        var documents = await CliHarness.QueryAsync(db, d => d.Documents.AsNoTracking().Where(x => !x.IsPlaceholder)
            .Select(x => new { x.Id, x.FileId, x.Title, Tasks = d.Plans.Where(p => p.DocumentId == x.Id).Select(p => p.Tasks.Count).FirstOrDefault() }).ToListAsync());
        // One document per file, each with its file, its title and its whole plan: nothing half-written.
        Assert.Equal(files.Select(f => f.Id).Order(), documents.Select(x => x.FileId!.Value).Order());
        Assert.All(documents, x => Assert.False(string.IsNullOrEmpty(x.Title)));
        Assert.All(documents, x => Assert.Equal(TasksPerPlan, x.Tasks));
        Assert.Equal(documents.Count, await CliHarness.QueryAsync(db, d => d.Plans.CountAsync()));
        if (complete) Assert.Equal(Files, documents.Count);
    }

    private async Task RegisterAsync(string db)
    {
        Assert.Equal(0, (await CliHarness.RawAsync("orgunits", "list", "--json", "--db", db)).ExitCode);
        var workbook = Path.Combine(_folder, "doan-vao.xlsx");
        await File.WriteAllBytesAsync(workbook, XlsxWorkbook.Write(new XlsxSheet("Đoàn vào",
            new[] { "Mã đơn vị", "Ngày bắt đầu", "Tổ chức, đoàn khách", "Quốc gia", "Mục đích", "Số người" }.Select(h => new XlsxColumn(h)).ToList(),
            Enumerable.Range(0, Rows).Select(i => (IReadOnlyList<XlsxValue>)[XlsxValue.Text("dt.tm.ubnd"), XlsxValue.Date(new DateOnly(2023, 1, 1).AddDays(i % 365)),
                XlsxValue.Text("Đoàn hữu nghị tỉnh Aichi"), XlsxValue.Text("Nhật Bản"), XlsxValue.Text("Giao lưu"), XlsxValue.Integer(1 + i % 9)]))));

        // Killed at several moments (starting, reading, checking, writing the rows): never is part of the sheet left.
        var kills = 0;
        foreach (var seconds in new[] { 1.5, 3, 4.5, 6, 8 })
        {
            if (await RunAndKillAsync(["registers", "import", "delegations-in", workbook, "--db", db], _ => false, after: 0, delay: TimeSpan.FromSeconds(seconds)) >= 0) kills++;
            var count = await CliHarness.QueryAsync(db, d => d.Delegations.IgnoreQueryFilters().CountAsync());
            Assert.True(count is 0 or Rows, $"killed after {seconds} s: {count} of {Rows} rows were left");
            if (count == Rows) break;
        }
        Assert.True(kills > 0);
        if (await CliHarness.QueryAsync(db, d => d.Delegations.IgnoreQueryFilters().CountAsync()) == Rows) return; // the last run finished first
        var again = await CliHarness.RawAsync("registers", "import", "delegations-in", workbook, "--json", "--db", db);
        Assert.True(again.ExitCode == 0, again.Error);
        var stored = await CliHarness.QueryAsync(db, d => d.Delegations.IgnoreQueryFilters().CountAsync());
        Assert.True(stored == Rows, again.Out[..Math.Min(2000, again.Out.Length)]);
    }

    /// <summary>Starts <c>huunghi</c> as a process and SIGKILLs it after <paramref name="after"/> matching output lines (or the delay).</summary>
    private static async Task<int> RunAndKillAsync(string[] args, Func<string, bool> counts, int after, TimeSpan? delay = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "huunghi.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var seen = 0;
        var enough = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && counts(line) && Interlocked.Increment(ref seen) >= after && after > 0) enough.TrySetResult();
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var waited = delay is { } d ? Task.Delay(d) : enough.Task;
        await Task.WhenAny(waited, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(3)));
        if (process.HasExited)
        {
            // Only a timed kill may come too late (the work was done); a kill after N lines must find the work still going.
            Assert.True(delay is not null, "the command finished before it could be killed: give it more work");
            return -1;
        }
        process.Kill(entireProcessTree: true); // SIGKILL on Linux
        await process.WaitForExitAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return seen;
    }

    private static string Plan(int i) =>
        $"ỦY BAN NHÂN DÂN\nHUYỆN THÁP MƯỜI\n\nSố: {i}/KH-UBND\n\nTháp Mười, ngày {1 + i % 28:00} tháng {1 + i % 12:00} năm 2024\n\nKẾ HOẠCH\n"
        + $"Thực hiện công tác đối ngoại nhân dân đợt {i}\n\nI. NHIỆM VỤ\n"
        + string.Join("\n", Enumerable.Range(1, TasksPerPlan).Select(t => $"{t}. Tổ chức hoạt động giao lưu hữu nghị số {t} của đợt {i}."))
        + "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn A\n";

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
