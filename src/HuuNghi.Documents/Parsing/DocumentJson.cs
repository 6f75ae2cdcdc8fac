using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>JSON settings that produce exactly the contract's shape.</summary>
public static class DocumentJson
{
    /// <summary>camelCase, nulls written, Vietnamese left readable (no \u escapes), indented.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>Serialises parsed files as the contract's top-level array.</summary>
    public static string Serialize(IReadOnlyList<ParsedFile> files) => JsonSerializer.Serialize(files, Options);

    /// <summary>Serialises checker findings as the contract's <c>documents check</c> array.</summary>
    public static string Serialize(IReadOnlyList<Checking.Finding> findings) => JsonSerializer.Serialize(findings, Options);
}
