using System.IO.Compression;

namespace HuuNghi.Documents.Reading;

/// <summary>
/// DOCX and XLSX are zips: a 20 MB upload can inflate to gigabytes (a zip bomb). Before a package is handed to
/// OpenXml, every entry is inflated once through a counting buffer that stops at the limit, so a bomb is refused
/// after reading at most <see cref="ReadOptions.MaxUnpackedBytes"/>, with memory flat; declared sizes are not trusted.
/// </summary>
public static class ZipLimits
{
    /// <summary>False when the package holds more entries or unpacks to more bytes than allowed; the stream is left where it was.</summary>
    /// <exception cref="InvalidDataException">The stream is not a zip (left to the caller's own "corrupt" answer).</exception>
    public static bool Fit(Stream zip, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var start = zip.Position;
        try
        {
            using var archive = Open(zip);
            if (archive.Entries.Count > options.MaxZipEntries) return false;
            var buffer = new byte[64 * 1024];
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                    if ((total += read) > options.MaxUnpackedBytes) return false;
            }
            return true;
        }
        finally { zip.Position = start; }
    }

    // Some streams answer a seek before their start (a file shorter than a zip's end record) with an
    // ArgumentException rather than an IOException; either way the bytes are not a zip.
    private static ZipArchive Open(Stream zip)
    {
        try { return new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true); }
        catch (Exception e) when (e is ArgumentException or IOException) { throw new InvalidDataException("not a zip", e); }
    }

    /// <summary>"over 100 MB unpacked or over 2000 parts", both languages, for a refusal.</summary>
    public static string Limits(ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var mb = options.MaxUnpackedBytes / (1024 * 1024);
        return $"giải nén ra quá {mb} MB hoặc có quá {options.MaxZipEntries} phần / unpacks to more than {mb} MB or holds more than {options.MaxZipEntries} parts";
    }
}

