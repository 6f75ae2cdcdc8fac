using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>Vietnamese dates to ISO: "ngày 05 tháng 01 năm 2022", "05/01/2022", blanks left by drafts.</summary>
internal static partial class DateReader
{
    /// <summary>"d/m/yyyy", "d-m-yyyy" or "d tháng m năm yyyy" at the start of the text (after "ngày").</summary>
    public static string? ReadLeading(string text, int at, out int length)
    {
        var m = Leading().Match(text, at);
        length = m.Success ? m.Length : 0;
        return m.Success ? Iso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>The place-and-date line: "Tháp Mười, ngày   tháng 01 năm 2024" → place and partial ISO date.</summary>
    public static (string Place, string? Date)? ReadPlaceLine(string line)
    {
        var m = PlaceLine().Match(line);
        if (!m.Success) return null;
        var place = m.Groups["place"].Value.Trim(' ', ',', '.');
        var y = m.Groups["y"].Value;
        var date = y.Length == 0 ? null : Iso(y, m.Groups["m"].Value, m.Groups["d"].Value);
        return (place, date);
    }

    /// <summary>A numeric date anywhere: "27/6/2022".</summary>
    public static string? FindNumeric(string text)
    {
        var m = Numeric().Match(text);
        return m.Success ? Iso(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    /// <summary>ISO with whatever parts are known: "2024-01-05", "2024-01", "2024"; null for impossible values.</summary>
    public static string? Iso(string year, string month, string day)
    {
        if (!int.TryParse(year, out var y) || y < 1900 || y > 2200) return null;
        if (!int.TryParse(month, out var mo)) return $"{y:D4}";
        if (mo is < 1 or > 12) return null;
        if (!int.TryParse(day, out var d)) return $"{y:D4}-{mo:D2}";
        if (d < 1 || d > DateTime.DaysInMonth(y, mo)) return null;
        return $"{y:D4}-{mo:D2}-{d:D2}";
    }

    [GeneratedRegex(@"\G\s*,?\s*(?:ban hành\s+)?ngày\s*(?<d>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?<m>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngày\s*(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})?)", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceLine();
    [GeneratedRegex(@"(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex Numeric();
}
