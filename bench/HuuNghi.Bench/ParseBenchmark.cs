using System.Diagnostics;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Bench;

/// <summary>Reads the inputs once, warms up, then parses them repeatedly and prints the throughput.</summary>
internal static class ParseBenchmark
{
    private const int WarmUpRounds = 50;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(3);

    public static int Run(string[] args)
    {
        var files = SeedFiles.Resolve(args);
        if (files.Count == 0)
        {
            Console.Error.WriteLine("Không tìm thấy tệp mẫu / No seed files found (pass paths or run inside the repository)");
            return 1;
        }
        var texts = files.Select(f => (Name: Path.GetFileName(f), Result: DocumentReader.Read(f)))
            .Where(t => t.Result.Succeeded).Select(t => (t.Name, Text: t.Result.Text!)).ToList();
        var bytesPerRound = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.Text));
        var docsPerRound = texts.Sum(t => DocumentParser.ParseText(t.Text, t.Name).Documents.Count);

        // Long enough for tiered compilation to finish: JIT work would otherwise be measured as parsing.
        var warmUp = Stopwatch.StartNew();
        for (var i = 0; i < WarmUpRounds || warmUp.Elapsed < WarmUpTime; i++) ParseAll(texts);
        var rounds = 0;
        // CPU time as well as wall time: on a shared machine the wall clock also counts other people's work.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var roundTimes = new List<double>();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        while (watch.Elapsed < Duration)
        {
            var roundStart = Stopwatch.GetTimestamp();
            ParseAll(texts);
            roundTimes.Add(Stopwatch.GetElapsedTime(roundStart).TotalMilliseconds);
            rounds++;
        }
        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"files: {texts.Count}, documents per round: {docsPerRound}, rounds: {rounds}, time: {seconds:0.000} s");
        Console.WriteLine($"documents/second: {docsPerRound * rounds / seconds:0}");
        Console.WriteLine($"MB/second: {bytesPerRound * rounds / seconds / (1024 * 1024):0.00}");
        Console.WriteLine($"mean per document: {seconds * 1000 / (docsPerRound * (double)rounds):0.000} ms wall, {cpu * 1000 / (docsPerRound * (double)rounds):0.000} ms CPU");
        Console.WriteLine($"allocated per document: {allocated / 1024.0 / (docsPerRound * (double)rounds):0} KB");
        // The fastest round is the least disturbed by other work on the machine.
        roundTimes.Sort();
        Console.WriteLine($"per document: median {roundTimes[roundTimes.Count / 2] / docsPerRound:0.000} ms, best {roundTimes[0] / docsPerRound:0.000} ms; per seed file: best {roundTimes[0] / texts.Count:0.000} ms");
        return 0;
    }

    private static void ParseAll(List<(string Name, string Text)> texts)
    {
        foreach (var (name, text) in texts) DocumentParser.ParseText(text, name);
    }
}
