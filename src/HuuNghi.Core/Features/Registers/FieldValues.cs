using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Documents.Text;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Reads a field's value from what a person typed (a form) or what a workbook cell holds, and writes it back
/// to a cell or a display string. One reading for both paths, so an exported workbook re-imports as it was.
/// A blank reads as null; a bad value reads as an error naming the field.
/// </summary>
public static class FieldValues
{
    public readonly record struct Parsed(object? Value, Localized? Error);

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>A day as people type it in forms (dd/MM/yyyy, d/M/yyyy, or ISO); filters read dates the same way.</summary>
    public static bool TryParseDate(string text, out DateOnly day) =>
        DateOnly.TryParseExact(VietnameseText.Canonical(text).Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    public static Parsed FromText(RegisterField field, string? text)
    {
        var t = text is null ? "" : VietnameseText.Canonical(text).Trim();
        if (t.Length == 0) return new(null, null);
        return field.Kind switch
        {
            FieldKind.Text or FieldKind.Partner => t.Length <= field.MaxLength ? new(t, null)
                : Fail(field, $"dài quá {field.MaxLength} ký tự", $"is longer than {field.MaxLength} characters"),
            FieldKind.Integer or FieldKind.Money or FieldKind.Decimal => FromTypedNumber(field, t),
            FieldKind.Date => TryParseDate(t, out var d) ? new(d, null)
                : Fail(field, $"'{t}' không phải ngày dạng dd/MM/yyyy", $"'{t}' is not a date (dd/MM/yyyy)"),
            FieldKind.Boolean => VietnameseText.Fold(t) switch
            {
                "co" or "yes" or "true" or "1" or "x" or "on" => new(true, null),
                "khong" or "no" or "false" or "0" or "off" => new(false, null),
                _ => Fail(field, $"'{t}' phải là Có hoặc Không", $"'{t}' must be Yes or No"),
            },
            FieldKind.Choice => field.Choices.FirstOrDefault(c => Matches(t, c.Code, c.Vi, c.En)) is { } choice ? new(choice.Code, null)
                : Fail(field, $"'{t}' không thuộc: {string.Join(", ", field.Choices.Select(c => c.Vi))}",
                    $"'{t}' is not one of: {string.Join(", ", field.Choices.Select(c => c.En))}"),
            FieldKind.Country => Countries.Find(t) is { } country ? new(country.Code, null)
                : Fail(field, $"không nhận ra quốc gia '{t}'", $"unknown country '{t}'"),
            FieldKind.Currency => Currencies.Find(t) is { } currency ? new(currency, null)
                : Fail(field, $"không nhận ra loại tiền '{t}' (dùng mã ISO như VND, USD, EUR, JPY, KRW)",
                    $"unknown currency '{t}' (use an ISO code such as VND, USD, EUR, JPY, KRW)"),
            _ => new(t, null),
        };
    }

    public static Parsed FromCell(RegisterField field, XlsxValue cell) => cell.Kind switch
    {
        XlsxValueKind.Empty => new(null, null),
        XlsxValueKind.Integer or XlsxValueKind.Decimal or XlsxValueKind.Money => field.Kind switch
        {
            FieldKind.Integer when cell.NumberValue == decimal.Truncate(cell.NumberValue) => Number(field, cell.NumberValue, whole: true),
            FieldKind.Integer => NotWhole(field, cell.NumberValue.ToString("0.######", Vi)),
            FieldKind.Money or FieldKind.Decimal => Number(field, cell.NumberValue, whole: false),
            _ => FromText(field, cell.NumberValue.ToString(CultureInfo.InvariantCulture)),
        },
        XlsxValueKind.Date when field.Kind == FieldKind.Date => new(cell.DateValue, null),
        XlsxValueKind.Boolean when field.Kind == FieldKind.Boolean => new(cell.BooleanValue, null),
        XlsxValueKind.Text => FromText(field, cell.TextValue),
        _ => FromText(field, cell.ToString()),
    };

    public static XlsxValue ToCell(RegisterField field, object? value) => value switch
    {
        null => XlsxValue.Empty,
        long n => XlsxValue.Integer(n),
        decimal m => field.Kind == FieldKind.Money ? XlsxValue.Money(m) : XlsxValue.Decimal(m),
        DateOnly d => XlsxValue.Date(d),
        bool b => XlsxValue.Boolean(b),
        string s when field.Kind == FieldKind.Choice => XlsxValue.Text(field.Choices.FirstOrDefault(c => c.Code == s)?.Vi ?? s),
        string s when field.Kind == FieldKind.Country => XlsxValue.Text(Countries.Name(s)),
        string s => XlsxValue.Text(s),
        _ => XlsxValue.Text(value.ToString()),
    };

    /// <summary>The value as a person reads it (list pages) and as a form shows it for editing.</summary>
    public static string Display(RegisterField field, object? value, bool english = false) => value switch
    {
        null => "",
        long n when !field.Grouped => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString("#,##0", Vi),
        decimal m => m.ToString("#,##0.######", Vi),
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool b => b ? (english ? "Yes" : "Có") : (english ? "No" : "Không"),
        string s when field.Kind == FieldKind.Choice => field.Choices.FirstOrDefault(c => c.Code == s) is { } c ? (english ? c.En : c.Vi) : s,
        string s when field.Kind == FieldKind.Country => Countries.Name(s, english),
        _ => value.ToString() ?? "",
    };

    private static Parsed Number(RegisterField field, decimal value, bool whole)
    {
        if (field.Min is { } min && value < min)
            return Fail(field, min == 0 ? "không được âm" : $"phải từ {min} trở lên", min == 0 ? "cannot be negative" : $"must be at least {min}");
        if (whole && (value > int.MaxValue)) return Fail(field, "quá lớn", "is too large");
        return new(whole ? (long)value : (object)value, null);
    }

    // One rule for every typed number (TypedNumber); "đồng" after an amount is how a sum is written, not an error.
    private static Parsed FromTypedNumber(RegisterField field, string text)
    {
        var typed = TypedNumber.Parse(text.EndsWith("đồng", StringComparison.OrdinalIgnoreCase) ? text[..^4] : text);
        if (typed.Error is { } error) return new(null, new Localized($"{field.Label.Vi}: {error.Vi}.", $"{field.Label.En}: {error.En}."));
        if (field.Kind == FieldKind.Integer && !typed.IsWhole) return NotWhole(field, text);
        return Number(field, typed.Value!.Value, whole: field.Kind == FieldKind.Integer);
    }

    private static Parsed NotWhole(RegisterField field, string text) =>
        Fail(field, $"'{text}' không phải số nguyên (không có phần thập phân)", $"'{text}' is not a whole number (no decimals)");

    private static bool Matches(string text, params string[] names)
    {
        var key = VietnameseText.Fold(text);
        return names.Any(n => VietnameseText.Fold(n) == key);
    }

    private static Parsed Fail(RegisterField field, string vi, string en) =>
        new(null, new Localized($"{field.Label.Vi}: {vi}.", $"{field.Label.En}: {en}."));
}
