using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace HuuNghi.Documents.Writing.Xlsx;

/// <summary>
/// What a cell's number format says about its number. Excel stores dates, money and counts all as numbers; only the
/// format tells a date from 45296, so reading must look at the style of every cell.
/// </summary>
internal sealed class NumberFormats
{
    private readonly XlsxValueKind?[] byStyle;

    public NumberFormats(WorkbookStylesPart? styles)
    {
        var sheet = styles?.Stylesheet;
        var custom = sheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        byStyle = sheet?.CellFormats?.Elements<CellFormat>()
            .Select(f => Classify(f.NumberFormatId?.Value ?? 0, custom))
            .ToArray() ?? [];
    }

    /// <summary>The kind a number in this style reads as; null means "General": a whole number or a decimal by value.</summary>
    public XlsxValueKind? KindOf(uint? styleIndex) =>
        styleIndex is { } i && i < byStyle.Length ? byStyle[i] : null;

    private static XlsxValueKind? Classify(uint id, Dictionary<uint, string> custom)
    {
        if (custom.TryGetValue(id, out var code)) return ClassifyCode(code);
        return id switch
        {
            1 or 3 or 37 or 38 => XlsxValueKind.Integer,
            2 or 4 or 39 or 40 => XlsxValueKind.Decimal,
            (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) => XlsxValueKind.Date,
            _ => null,
        };
    }

    internal static XlsxValueKind? ClassifyCode(string code)
    {
        if (code.Contains("đồng", StringComparison.OrdinalIgnoreCase) || code.Contains('₫') || code.Contains("VND", StringComparison.OrdinalIgnoreCase))
        {
            return XlsxValueKind.Money;
        }
        var bare = Unquoted(code);
        if (bare.Equals("General", StringComparison.OrdinalIgnoreCase) || bare.Length == 0) return null;
        if (bare.IndexOfAny(['d', 'D', 'm', 'M', 'y', 'Y', 'h', 'H', 's', 'S']) >= 0) return XlsxValueKind.Date;
        if (bare.Contains('0') || bare.Contains('#')) return bare.Contains('.') ? XlsxValueKind.Decimal : XlsxValueKind.Integer;
        return null;
    }

    /// <summary>The format code without quoted literals, escapes and [colour]/[locale] sections, which may hold letters.</summary>
    private static string Unquoted(string code)
    {
        var sb = new StringBuilder(code.Length);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                var end = code.IndexOf('"', i + 1);
                i = end < 0 ? code.Length : end;
            }
            else if (c == '\\' || c == '_' || c == '*') i++;
            else if (c == '[')
            {
                var end = code.IndexOf(']', i + 1);
                i = end < 0 ? code.Length : end;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
