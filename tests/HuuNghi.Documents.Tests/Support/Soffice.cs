namespace HuuNghi.Documents.Tests.Support;

/// <summary>
/// Converts the seeds with LibreOffice once per test run and font set (see <see cref="FontSets"/>). A private
/// user profile per font set keeps concurrent soffice runs (other engineers, other test classes) from locking
/// each other out.
/// </summary>
public sealed class SofficeConversions : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly Lock _gate = new();

    /// <summary>The seeds converted to <paramref name="format"/> (docx or pdf) with <paramref name="fontSet"/>, by seed base name.</summary>
    public IReadOnlyDictionary<string, string> Convert(string format, string fontSet = FontSets.Liberation)
    {
        lock (_gate)
        {
            var soffice = RequireSoffice();
            var outDir = _temp.File($"{format}-{fontSet}");
            if (!Directory.Exists(outDir))
            {
                var args = new List<string> { Profile(fontSet), "--headless", "--convert-to", format, "--outdir", outDir };
                args.AddRange(SharedFiles.Seeds);
                var (code, output) = ProcessRunner.Run(soffice, args, TimeSpan.FromMinutes(3), FontSets.Environment(fontSet, _temp.File("fonts")));
                Assert.True(code == 0, $"soffice failed ({code}): {output}");
            }
            return SharedFiles.Seeds.ToDictionary(s => Path.GetFileNameWithoutExtension(s),
                s => Path.Combine(outDir, Path.GetFileNameWithoutExtension(s) + "." + format));
        }
    }

    /// <summary>Converts one file (for instance a DOCX a test built) and returns the new file's path.</summary>
    public string ConvertFile(string path, string format, string fontSet = FontSets.Liberation)
    {
        lock (_gate)
        {
            var soffice = RequireSoffice();
            var outDir = _temp.File("single-" + Guid.NewGuid().ToString("N"));
            var (code, output) = ProcessRunner.Run(soffice,
                [Profile(fontSet), "--headless", "--convert-to", format, "--outdir", outDir, path], TimeSpan.FromMinutes(2),
                FontSets.Environment(fontSet, _temp.File("fonts")));
            Assert.True(code == 0, $"soffice failed ({code}): {output}");
            return Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + "." + format);
        }
    }

    private string Profile(string fontSet) => $"-env:UserInstallation={new Uri(_temp.File("profile-" + fontSet)).AbsoluteUri}";

    private static string RequireSoffice()
    {
        var soffice = ProcessRunner.FindOnPath("soffice") ?? ProcessRunner.FindOnPath("libreoffice");
        Assert.True(soffice is not null,
            "LibreOffice (soffice) is not on PATH: install it (apt-get install libreoffice-writer) to run the DOCX/PDF tests.");
        return soffice!;
    }

    public void Dispose() => _temp.Dispose();
}
