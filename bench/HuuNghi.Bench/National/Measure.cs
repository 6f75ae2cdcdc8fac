using System.Diagnostics;

namespace HuuNghi.Bench.National;

/// <summary>One benchmark line: the app's median beside its floor's median, and the ratio.</summary>
public sealed record Figure(string Name, double? AppMs, double? FloorMs, string Note)
{
    public string Ratio => AppMs is { } a && FloorMs is { } f && f > 0 ? $"{a / f:0.00}" : "-";
}

public static class Measure
{
    /// <summary>Median of repeated runs after one warm-up: at least 3 and at most 30 runs, about <paramref name="budget"/> in all.</summary>
    public static async Task<double> MedianMsAsync(Func<Task> run, TimeSpan? budget = null)
    {
        await run();
        var limit = budget ?? TimeSpan.FromSeconds(3);
        var times = new List<double>();
        var watch = Stopwatch.StartNew();
        while (times.Count < 3 || (times.Count < 30 && watch.Elapsed < limit))
        {
            var start = Stopwatch.GetTimestamp();
            await run();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    public static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    public static void Print(TextWriter output, IEnumerable<Figure> figures)
    {
        var rows = figures.ToList();
        var width = Math.Max(40, rows.Max(r => r.Name.Length));
        output.WriteLine($"{"benchmark".PadRight(width)} | {"app ms",10} | {"floor ms",10} | {"ratio",6} | note");
        output.WriteLine(new string('-', width + 50));
        foreach (var r in rows)
            output.WriteLine($"{r.Name.PadRight(width)} | {Ms(r.AppMs),10} | {Ms(r.FloorMs),10} | {r.Ratio,6} | {r.Note}");
    }

    private static string Ms(double? v) => v is { } x ? x.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "-";
}
