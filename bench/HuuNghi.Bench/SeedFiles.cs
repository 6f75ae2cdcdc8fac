namespace HuuNghi.Bench;

/// <summary>Finds the shared seed documents by walking up from the working and base directories.</summary>
internal static class SeedFiles
{
    public static IReadOnlyList<string> Resolve(string[] given)
    {
        if (given.Length > 0) return given;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
                    if (Directory.Exists(candidate))
                        return Directory.GetFiles(candidate, "*.txt").Order(StringComparer.Ordinal).ToList();
            }
        }
        return [];
    }
}
