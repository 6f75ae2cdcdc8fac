using System.Text.Json.Serialization;
using HuuNghi.Documents.Reading;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// One format finding against Decree 30/2020 (State) or Guidance 36 (Party): the rule's stable id, its severity
/// (<see cref="LintSeverity"/>), where in the document, what was found and what the rule expects (either may be
/// null when there is nothing to show), and a message in Vietnamese then English.
/// </summary>
public sealed record LintFinding(string Rule, string Severity, string Where, string? Found, string? Expected, string Message);

/// <summary>The three severities, as the contract writes them.</summary>
public static class LintSeverity
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}

/// <summary>The rule ids.</summary>
public static class LintRules
{
    public const string Motto = "motto";
    public const string Tagline = "tagline";
    public const string Issuer = "issuer";
    public const string Reference = "reference";
    public const string ReferenceNumber = "reference-number";
    public const string SymbolKind = "symbol-kind";
    public const string PlaceDate = "place-date";
    public const string DatePadding = "date-padding";
    public const string KindTitle = "kind-title";
    public const string Distribution = "distribution";
    public const string Signer = "signer";
    public const string PageSize = "page-size";
    public const string Margins = "margins";
    public const string Font = "font";
    public const string FontSize = "font-size";
    public const string FontStyle = "font-style";
    public const string PageNumbers = "page-numbers";
    public const string Paragraph = "paragraph";
}

/// <summary>The findings for one file, or the read error that stopped it (printed on standard error, not in the JSON).</summary>
public sealed class LintResult
{
    public string File { get; init; } = "";
    public List<LintFinding> Findings { get; init; } = [];

    [JsonIgnore]
    public ReadError? Error { get; init; }

    [JsonIgnore]
    public bool Succeeded => Error is null;
}
