using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// The matching key of a reference: folded (no diacritics, lower case) with spaces dropped, so "83-KH/TU",
/// "83 - KH/TU" and "83-kh/tu" meet, while Party "83-KH/TU" and State "83/KH-TU" stay different documents.
/// </summary>
public static class ReferenceKey
{
    public static string? Of(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var folded = VietnameseText.Fold(reference).Replace(" ", "", StringComparison.Ordinal);
        // "05/BNV-VP" and "5/BNV-VP" are the same number.
        var digits = folded.TakeWhile(char.IsDigit).Count();
        return digits > 1 ? folded.TrimStart('0') is { Length: > 0 } t && char.IsDigit(t[0]) ? t : folded : folded;
    }

    /// <summary>Whether the reference has a number: only a numbered reference can claim a document's identity.</summary>
    public static bool IsNumbered(string? reference) => reference is { Length: > 0 } r && char.IsDigit(r.TrimStart()[0]);

    public static int? YearOf(string? isoDate) =>
        isoDate is { Length: >= 4 } d && int.TryParse(d[..4], out var y) ? y : null;
}
