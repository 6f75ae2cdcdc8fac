namespace HuuNghi.Documents.Reading;

/// <summary>Limits for reading a document.</summary>
public sealed record ReadOptions
{
    /// <summary>Default size limit: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this are refused before they are parsed.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>Most bytes a DOCX or XLSX may unpack to (all its parts together); real ones stay far below.</summary>
    public long MaxUnpackedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most parts a DOCX or XLSX may hold.</summary>
    public int MaxZipEntries { get; init; } = 2_000;

    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
