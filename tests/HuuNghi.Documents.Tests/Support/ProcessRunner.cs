using System.Diagnostics;

namespace HuuNghi.Documents.Tests.Support;

/// <summary>Runs a tool found on PATH and returns its exit code and output.</summary>
internal static class ProcessRunner
{
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(System.IO.Path.PathSeparator)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }

    public static (int ExitCode, string Output) Run(string exe, IEnumerable<string> args, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Cannot start " + exe);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} did not finish within {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
