using System.Diagnostics;
using System.Text.Json;
using HuuNghi.Testing;

namespace HuuNghi.Cli.Tests.Commands;

/// <summary>
/// The README's command-line examples, run as a newcomer would: each line through bash (so quotes, globs and
/// trailing comments mean what they mean at a prompt), in order, in a fresh folder with <c>../shared</c> beside
/// it and no <c>--db</c>, so the default data location is exercised too. A README that drifts from the
/// program fails here, not on someone's first day.
/// </summary>
public sealed class ReadmeExamplesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("huunghi-readme-").FullName;

    [Fact]
    public async Task Should_run_every_command_line_example_of_the_readme_as_written()
    {
        var examples = Examples(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.True(examples.Count >= 15, $"Expected the README's command-line block, found {examples.Count} lines.");
        Assert.Equal("huunghi demo seed", examples[0].Split('#')[0].Trim());

        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(_root, "shared"), Path.GetDirectoryName(Seeds.Directory)!);
        var cli = Path.Combine(AppContext.BaseDirectory, "huunghi.dll");
        foreach (var line in examples)
        {
            var (code, output, error) = await BashAsync($"huunghi() {{ dotnet '{cli}' \"$@\"; }}\n{line}", work);
            Assert.True(code == 0, $"`{line}` exited {code}: {error}");
            var command = line.Split(" #")[0];
            if (command.Contains("--json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(output); // throws with the position when the output is not JSON
                Assert.NotEqual(JsonValueKind.Undefined, json.RootElement.ValueKind);
            }
        }

        Assert.True(File.Exists(Path.Combine(work, "data", "huunghi.db")), "the examples did not use ./data/huunghi.db");
        Assert.True(new FileInfo(Path.Combine(work, "bao-cao.docx")).Length > 0);
    }

    [Fact]
    public void Should_find_the_examples_block_under_its_heading_only()
    {
        const string readme = "# X\n```bash\nhuunghi nope\n```\n## Command line\ntext\n```bash\nhuunghi a --json  # c\n\nhuunghi b\n```\n```bash\nhuunghi c\n```";
        Assert.Equal(["huunghi a --json  # c", "huunghi b"], Examples(readme));
    }

    /// <summary>The lines of the first bash block after the "Command line" heading.</summary>
    private static List<string> Examples(string readme)
    {
        var heading = readme.IndexOf("## Command line", StringComparison.Ordinal);
        Assert.True(heading >= 0, "The README has no \"## Command line\" section.");
        var start = readme.IndexOf("```bash", heading, StringComparison.Ordinal) + "```bash".Length;
        var end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return readme[start..end].Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("huunghi ", StringComparison.Ordinal)).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HuuNghi.slnx"))) return dir.FullName;
        throw new InvalidOperationException("HuuNghi.slnx not found above the test folder.");
    }

    private static async Task<(int Code, string Out, string Error)> BashAsync(string script, string folder)
    {
        var start = new ProcessStartInfo("bash", ["-c", script])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("HUUNGHI_DATA");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    public void Dispose()
    {
        // The link first, on its own, so the recursive delete can never reach the real ../shared.
        var link = Path.Combine(_root, "shared");
        if (Directory.Exists(link)) Directory.Delete(link);
        Directory.Delete(_root, recursive: true);
    }
}
