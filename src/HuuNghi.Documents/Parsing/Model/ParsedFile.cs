using System.Text.Json.Serialization;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Parsing.Model;

/// <summary>
/// The result for one input file: its name and documents, or the read error that stopped it.
/// The error is not part of the contract's JSON; callers print it to standard error.
/// </summary>
public sealed class ParsedFile
{
    /// <summary>The file name as given (base name for the contract).</summary>
    public string File { get; init; } = "";
    /// <summary>Documents found in the file, in file order; empty when the file could not be read.</summary>
    public List<ParsedDocument> Documents { get; init; } = [];
    /// <summary>Why the file could not be read, or null when it was.</summary>
    [JsonIgnore]
    public ReadError? Error { get; init; }
    /// <summary>True when the file was read (even if some fields were not found).</summary>
    [JsonIgnore]
    public bool Succeeded => Error is null;
}
