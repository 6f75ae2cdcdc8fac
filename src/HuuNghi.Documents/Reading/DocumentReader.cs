namespace HuuNghi.Documents.Reading;

/// <summary>
/// Reads plain text (UTF-8, UTF-16, Windows-1258, TCVN3, VNI), Markdown, DOCX and PDF to Unicode text.
/// <see cref="Read(string, ReadOptions?)"/> never throws: failures come back as a bilingual <see cref="ReadError"/>.
/// </summary>
public static class DocumentReader
{
    /// <summary>Reads a file from disk.</summary>
    public static ReadResult Read(string path, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Fail(ReadError.Of(ReadErrorKind.Missing, name));
            if (info.Length > options.MaxBytes) return TooLarge(name, options);
            return Read(File.ReadAllBytes(path), name, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Fail(ReadError.Of(ReadErrorKind.Missing, name));
        }
    }

    /// <summary>Reads bytes; the file name's extension (and the bytes' signature) choose the format.</summary>
    public static ReadResult Read(byte[] bytes, string fileName, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (bytes.Length == 0) return ReadResult.Fail(ReadError.Of(ReadErrorKind.Empty, fileName));
        if (bytes.Length > options.MaxBytes) return TooLarge(fileName, options);
        try
        {
            return FormatDetector.Detect(bytes, fileName) switch
            {
                FileFormat.Docx => DocxTextExtractor.Extract(bytes, fileName, options),
                FileFormat.Pdf => PdfTextExtractor.Extract(bytes, fileName),
                FileFormat.Text => DecodeText(bytes, fileName),
                _ => ReadResult.Fail(ReadError.Of(ReadErrorKind.UnknownFormat, fileName)),
            };
        }
        catch (Exception)
        {
            // Third-party readers throw many exception types on hostile input; any of them means "cannot read".
            return ReadResult.Fail(ReadError.Of(ReadErrorKind.BinaryGarbage, fileName));
        }
    }

    /// <summary>Like <see cref="Read(string, ReadOptions?)"/> but throws <see cref="DocumentReadException"/>.</summary>
    public static string ReadFile(string path, ReadOptions? options = null)
    {
        var result = Read(path, options);
        return result.Text ?? throw new DocumentReadException(result.Error!);
    }

    private static ReadResult DecodeText(byte[] bytes, string fileName)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded is null) return ReadResult.Fail(ReadError.Of(ReadErrorKind.BinaryGarbage, fileName));
        if (string.IsNullOrWhiteSpace(decoded.Value.Text)) return ReadResult.Fail(ReadError.Of(ReadErrorKind.Empty, fileName));
        return ReadResult.Ok(fileName, decoded.Value.Text, decoded.Value.Encoding);
    }

    private static ReadResult TooLarge(string name, ReadOptions options) =>
        ReadResult.Fail(ReadError.Of(ReadErrorKind.TooLarge, name, $"{options.MaxBytes / (1024.0 * 1024.0):0.#} MB"));
}
