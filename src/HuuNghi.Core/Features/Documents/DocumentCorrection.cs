using System.Text.RegularExpressions;
using HuuNghi.Core.Common;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// What an officer changed on the upload page before storing, for one document of the file (<see cref="Index"/>
/// in file order). A null field keeps the parser's value. Applied to the parse itself, so everything that
/// follows (the twin check, citations, the plan) sees the officer's values; the parser's own values are kept in
/// the audit trail as a "Corrected" entry.
/// </summary>
public sealed partial record DocumentCorrection(int Index, string? Kind = null, string? Reference = null, string? IssuedOn = null,
    string? Place = null, string? Issuer = null, string? Title = null, string? SignerName = null, string? SignerPosition = null)
{
    public sealed record Change(string Field, string? Parsed, string? Corrected);

    public static readonly IReadOnlyList<string> Kinds =
    [
        DocumentKinds.Plan, DocumentKinds.ActionProgram, DocumentKinds.Directive, DocumentKinds.Resolution, DocumentKinds.Conclusion,
        DocumentKinds.Decision, DocumentKinds.Decree, DocumentKinds.Circular, DocumentKinds.Guidance, DocumentKinds.Regulation,
        DocumentKinds.Scheme, DocumentKinds.Report, DocumentKinds.Dispatch, DocumentKinds.Notice, DocumentKinds.Minutes,
        DocumentKinds.Agreement, DocumentKinds.Other,
    ];

    /// <summary>Checks every field first (all errors at once), then changes the parse and says what changed.</summary>
    internal IReadOnlyList<Change> ApplyTo(ParsedDocument doc)
    {
        var errors = new Dictionary<string, Localized[]>();
        if (Kind is { } kind && !Kinds.Contains(kind))
            errors["kind"] = [new($"Loại văn bản '{kind}' không có trong danh mục.", $"'{kind}' is not a known kind of document.")];
        if (Clean(IssuedOn) is { } day && (!IsoDay().IsMatch(day)
            || day.Length == 10 && !DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)))
            errors["issuedOn"] = [new($"Ngày ban hành '{day}' không hợp lệ: dùng yyyy-MM-dd (hoặc yyyy-MM, yyyy).",
                $"The date of issue '{day}' is not valid: use yyyy-MM-dd (or yyyy-MM, yyyy).")];
        if (Clean(Reference) is { } reference && !ReferencePattern().IsMatch(reference))
            errors["reference"] = [new($"Số, ký hiệu '{reference}' không đúng dạng (ví dụ 58/KH-UBND, 83-KH/TU).",
                $"The reference '{reference}' is not in the usual form (for example 58/KH-UBND, 83-KH/TU).")];
        if (errors.Count > 0) throw new ValidationFailedException(errors);

        var changes = new List<Change>();
        void Set(string field, string? parsed, string? typed, Action<string?> apply)
        {
            if (typed is null) return;
            var value = Clean(typed);
            if (value == parsed) return;
            changes.Add(new Change(field, parsed, value));
            apply(value);
        }

        Set("kind", doc.Kind, Kind, v => doc.Kind = v ?? DocumentKinds.Other);
        Set("reference", doc.Reference, Reference, v =>
        {
            doc.Reference = v;
            var m = v is null ? null : ReferencePattern().Match(v);
            doc.Number = m is { Success: true } && m.Groups["n"].Value.Length > 0 ? m.Groups["n"].Value : null;
            doc.Symbol = m is { Success: true } ? m.Groups["s"].Value : null;
        });
        Set("issuedOn", doc.IssuedOn, IssuedOn, v => doc.IssuedOn = v);
        Set("place", doc.Place, Place, v => doc.Place = v);
        Set("issuer", doc.Issuer, Issuer, v => doc.Issuer = v);
        Set("title", doc.Title, Title, v => doc.Title = v);
        Set("signer.name", doc.Signer?.Name, SignerName, v => doc.Signer = (doc.Signer ?? new SignerInfo([], null, null)) with { Name = v });
        Set("signer.position", doc.Signer?.Position, SignerPosition, v => doc.Signer = (doc.Signer ?? new SignerInfo([], null, null)) with { Position = v });
        if (changes.Count > 0) doc.Warnings.RemoveAll(w => changes.Any(c => w.Field == c.Field || c.Field.StartsWith(w.Field + ".", StringComparison.Ordinal)
            || (w.Field == "number" && c.Field == "reference")));
        return changes;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : Regex.Replace(text.Trim(), @"\s+", " ");

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex IsoDay();

    /// <summary>Number (may be blank in a draft), then "/" or "-", then the symbol: 58/KH-UBND, 83-KH/TU, /BC-UBND, 09/2011/QĐ-UBND.</summary>
    [GeneratedRegex(@"^(?<n>\d+[a-zA-Z]?)?[/-](?<s>[\p{L}\d][\p{L}\d/&.\-]*)$")]
    private static partial Regex ReferencePattern();
}
