namespace HuuNghi.Testing;

/// <summary>
/// The five real documents in <c>../shared/seeds</c> (beside the repository), read at test time only: the
/// project never copies their text.
/// </summary>
public static class Seeds
{
    public static string Directory { get; } = Find();

    public static string Path(string prefix) =>
        System.IO.Directory.GetFiles(Directory, prefix + "*").Single();

    public static IReadOnlyList<string> All => System.IO.Directory.GetFiles(Directory, "*.txt").Order().ToList();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("The seed documents were not found: expected a folder shared/seeds beside the repository.");
    }
}
