namespace HuuNghi.Documents.Reading;

/// <summary>Either the text of a file or the reason it could not be read.</summary>
public sealed record ReadResult(string FileName, string? Text, ReadError? Error, string? Encoding = null)
{
    /// <summary>True when <see cref="Text"/> holds the document.</summary>
    public bool Succeeded => Error is null;

    internal static ReadResult Ok(string fileName, string text, string? encoding = null) => new(fileName, text, null, encoding);
    internal static ReadResult Fail(ReadError error) => new(error.FileName, null, error);
}
