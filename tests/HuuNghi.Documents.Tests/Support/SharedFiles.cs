namespace HuuNghi.Documents.Tests.Support;

/// <summary>Locates the shared seeds, gold parses and scorer by walking up from the test's base directory.</summary>
internal static class SharedFiles
{
    public static string SharedDirectory { get; } = Find();

    public static string SeedsDirectory => Path.Combine(SharedDirectory, "seeds");
    public static string GoldDirectory => Path.Combine(SharedDirectory, "gold");
    public static string Scorer => Path.Combine(SharedDirectory, "tools", "score-extraction.py");

    public static IReadOnlyList<string> Seeds =>
        Directory.GetFiles(SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();

    public static string Seed(string prefix) =>
        Seeds.Single(s => Path.GetFileName(s).StartsWith(prefix, StringComparison.Ordinal));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "seeds"))) return candidate;
        }
        throw new InvalidOperationException("No folder shared/seeds above " + AppContext.BaseDirectory);
    }
}
