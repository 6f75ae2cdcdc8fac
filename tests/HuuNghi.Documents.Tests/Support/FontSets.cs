namespace HuuNghi.Documents.Tests.Support;

/// <summary>
/// Fixed font sets for printing to PDF. Where a PDF's lines break, and which glyphs LibreOffice must stand in
/// for, depends on the fonts it finds; a test that printed with whatever the developer has installed would
/// pass on one machine and fail on another. Each set is a fontconfig file naming one font folder, given to
/// soffice through FONTCONFIG_FILE for that process only. test.sh installs the packages.
/// </summary>
public static class FontSets
{
    public const string Liberation = "liberation";
    public const string DejaVu = "dejavu";

    private static readonly Dictionary<string, (string Folder, string Package)> Sets = new()
    {
        [Liberation] = ("/usr/share/fonts/truetype/liberation", "fonts-liberation"),
        [DejaVu] = ("/usr/share/fonts/truetype/dejavu", "fonts-dejavu-core"),
    };

    /// <summary>The environment that makes soffice see only <paramref name="set"/>; the fonts.conf is written under <paramref name="workDir"/>.</summary>
    public static Dictionary<string, string> Environment(string set, string workDir)
    {
        var (folder, package) = Sets[set];
        Assert.True(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.ttf").Any(),
            $"Font set '{set}' needs {folder}: install it (apt-get install {package}; test.sh does).");
        Directory.CreateDirectory(workDir);
        var conf = Path.Combine(workDir, $"fonts-{set}.conf");
        // Its own cache folder: a cache built for the full system font list must not leak other fonts in.
        File.WriteAllText(conf, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{folder}</dir>
              <cachedir>{Path.Combine(workDir, "fontcache-" + set)}</cachedir>
            </fontconfig>
            """);
        return new Dictionary<string, string> { ["FONTCONFIG_FILE"] = conf };
    }
}
