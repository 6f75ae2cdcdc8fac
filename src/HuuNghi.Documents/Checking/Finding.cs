namespace HuuNghi.Documents.Checking;

/// <summary>
/// A consistency finding across parsed documents: <c>citation-date-mismatch</c>, <c>reference-year-mismatch</c>,
/// <c>reference-variant</c> or <c>spelling</c>; the message is in Vietnamese, <c>where</c> lists the places.
/// </summary>
public sealed record Finding(string Code, string? Reference, string Message, List<string> Where);

/// <summary>The finding codes.</summary>
public static class FindingCodes
{
    public const string CitationDateMismatch = "citation-date-mismatch";
    public const string ReferenceYearMismatch = "reference-year-mismatch";
    public const string ReferenceVariant = "reference-variant";
    public const string Spelling = "spelling";
}
