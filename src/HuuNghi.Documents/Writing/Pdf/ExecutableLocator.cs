namespace HuuNghi.Documents.Writing.Pdf;

/// <summary>Finds LibreOffice's soffice on PATH or where the Linux, Windows and macOS installers put it.</summary>
internal static class ExecutableLocator
{
    private static readonly string[] Names = OperatingSystem.IsWindows() ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];

    private static readonly string[] KnownPlaces =
    [
        "/usr/bin/soffice",
        "/usr/lib/libreoffice/program/soffice",
        "/opt/libreoffice/program/soffice",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        @"C:\Program Files\LibreOffice\program\soffice.exe",
    ];

    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in Names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return KnownPlaces.FirstOrDefault(File.Exists);
    }
}
