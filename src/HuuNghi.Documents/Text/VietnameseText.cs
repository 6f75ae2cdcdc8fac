using System.Globalization;
using System.Text;

namespace HuuNghi.Documents.Text;

/// <summary>
/// Text keys for Vietnamese: one place that decides when two spellings are "the same" word,
/// so search, alias matching and reference comparison agree everywhere.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// Folds text to a search key: NFC, PDF look-alikes mapped (ƣ→ư), lower case, diacritics and tone marks
    /// removed, đ→d, runs of whitespace collapsed. "Đối ngoại Nhân dân" and "doi ngoai nhan dan" fold alike,
    /// and so do old and new tone placement ("Uỷ"/"Ủy").
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                'ƣ' or 'Ƣ' => 'u',
                'ơ' or 'Ơ' => 'o',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(c);
            lastWasSpace = false;
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    /// <summary>
    /// Canonical Unicode for stored text: NFC with the PDF look-alikes (ƣ, Ƣ) mapped to the real letters.
    /// Keeps diacritics; use <see cref="Fold"/> for comparison keys.
    /// </summary>
    public static string Canonical(string text) =>
        text.Replace('ƣ', 'ư').Replace('Ƣ', 'Ư').Normalize(NormalizationForm.FormC);
}
