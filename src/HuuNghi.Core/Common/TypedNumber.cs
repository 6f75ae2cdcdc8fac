using System.Globalization;

namespace HuuNghi.Core.Common;

/// <summary>
/// Reads a number as a person types it, the Vietnamese way, whatever the page's language: "." (or a space)
/// groups thousands and "," starts the decimals, so "1.234.567" and "1234567" are the same number and "1,5"
/// is one and a half. A grouping that is not in threes ("1.5", "12.34") is refused rather than guessed:
/// .NET's own parsing reads "1.5" as 15, and an English-speaking typist meant 1,5. The same rule reads
/// register forms, text cells of an imported workbook, API string values and report figures, and matches
/// how the app writes numbers back ("#,##0.######" in vi-VN), so what is shown can be typed again.
/// </summary>
public static class TypedNumber
{
    public readonly record struct Result(decimal? Value, Localized? Error)
    {
        public bool IsWhole => Value is { } v && v == decimal.Truncate(v);
    }

    /// <summary>The hint a form shows beside a number field (and the reason given when one is refused).</summary>
    public static readonly Localized Hint = new(
        "Viết số: 1.234 hoặc 1234; phần thập phân dùng dấu phẩy: 1,5",
        "Write numbers as 1.234 or 1234 (a dot groups thousands); decimals after a comma: 1,5");

    /// <summary>The hint beside a whole-number field: no decimals at all.</summary>
    public static readonly Localized WholeHint = new(
        "Số nguyên, viết 1.234 hoặc 1234 (dấu chấm tách hàng nghìn)",
        "A whole number, written 1.234 or 1234 (a dot groups thousands)");

    /// <summary>Reads <paramref name="text"/>; a blank gives neither value nor error.</summary>
    public static Result Parse(string? text)
    {
        var t = (text ?? "").Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();
        if (t.Length == 0) return new(null, null);
        var negative = t[0] == '-';
        var body = negative ? t[1..].TrimStart() : t;
        var comma = body.IndexOf(',');
        var whole = comma < 0 ? body : body[..comma];
        var fraction = comma < 0 ? "" : body[(comma + 1)..];
        if (comma >= 0 && (fraction.Length == 0 || !fraction.All(char.IsAsciiDigit))) return Refuse(t);
        if (Digits(whole) is not { } digits) return Refuse(t);
        var value = decimal.Parse(digits + (fraction.Length > 0 ? "." + fraction : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new(negative ? -value : value, null);
    }

    /// <summary>
    /// The digits of the whole part: plain ("1234") or grouped in threes by one kind of separator ("1.234",
    /// "1 234"), the first group one to three digits and not a lone leading zero; null for anything else.
    /// </summary>
    private static string? Digits(string whole)
    {
        if (whole.Length == 0) return null;
        if (whole.All(char.IsAsciiDigit)) return whole;
        var separator = whole.FirstOrDefault(c => !char.IsAsciiDigit(c));
        if (separator is not ('.' or ' ')) return null;
        var groups = whole.Split(separator);
        if (groups[0].Length is < 1 or > 3 || groups[0][0] == '0') return null;
        if (!groups.All(g => g.All(char.IsAsciiDigit)) || groups.Skip(1).Any(g => g.Length != 3)) return null;
        return string.Concat(groups);
    }

    private static Result Refuse(string text) => new(null, new Localized(
        $"'{text}' không phải cách viết số hợp lệ ({Hint.Vi})",
        $"'{text}' is not a number as the app reads them ({Hint.En})"));
}
