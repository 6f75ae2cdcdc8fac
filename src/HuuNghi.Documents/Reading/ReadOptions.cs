namespace HuuNghi.Documents.Reading;

/// <summary>Limits for reading a document.</summary>
public sealed record ReadOptions
{
    /// <summary>Default size limit: 20 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this are refused before they are parsed.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
