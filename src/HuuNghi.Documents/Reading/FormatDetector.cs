namespace HuuNghi.Documents.Reading;

internal enum FileFormat { Unknown, Text, Docx, Pdf }

/// <summary>Chooses the reader from the extension, trusting the bytes' signature over a misleading name.</summary>
internal static class FormatDetector
{
    private static readonly HashSet<string> TextExtensions =
        new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".text", "" };

    public static FileFormat Detect(byte[] bytes, string fileName)
    {
        if (StartsWith(bytes, "%PDF"u8)) return FileFormat.Pdf;
        var ext = Path.GetExtension(fileName);
        if (ext.Equals(".pdf", StringComparison.OrdinalIgnoreCase)) return FileFormat.Pdf;
        // A ZIP signature under a .txt name is still a DOCX if it was one; the DOCX reader checks.
        if (ext.Equals(".docx", StringComparison.OrdinalIgnoreCase) || StartsWith(bytes, "PK\x03\x04"u8))
            return FileFormat.Docx;
        return TextExtensions.Contains(ext) ? FileFormat.Text : FileFormat.Unknown;
    }

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> signature) =>
        bytes.AsSpan().StartsWith(signature);
}
