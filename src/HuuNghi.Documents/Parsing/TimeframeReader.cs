using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>"Thời gian thực hiện: Thường xuyên" / "Hằng năm (…)" / "Tháng 7/2022" / "Năm 2022 - 2025".</summary>
internal static partial class TimeframeReader
{
    public static Timeframe Read(string text)
    {
        var t = TextLines.Collapse(text).TrimEnd('.', ' ');
        if (t.Length == 0) return Timeframe.None;
        var f = TextLines.Fold(t);
        if (f.StartsWith("thuong xuyen")) return new Timeframe("ongoing", t, null);
        if (f.StartsWith("hang nam")) return new Timeframe("annual", t, null);
        if (Range().IsMatch(t)) return new Timeframe("period", t, null);
        var day = Day().Match(t);
        if (day.Success) return new Timeframe("by-date", t, DateReader.Iso(day.Groups["y"].Value, day.Groups["m"].Value, day.Groups["d"].Value));
        var month = Month().Match(t);
        if (month.Success) return new Timeframe("by-date", t, DateReader.Iso(month.Groups["y"].Value, month.Groups["m"].Value, ""));
        var quarter = Quarter().Match(t);
        if (quarter.Success) return new Timeframe("by-date", t, $"{quarter.Groups["y"].Value}-Q{Quarters.FromNumeral(quarter.Groups["q"].Value)}");
        var year = Year().Match(t);
        if (year.Success) return new Timeframe("by-date", t, year.Groups["y"].Value);
        return new Timeframe(null, t, null);
    }

    [GeneratedRegex(@"\d{4}\s*[-–]\s*\d{4}|từ\s.+\sđến\s|giai đoạn", RegexOptions.IgnoreCase)]
    private static partial Regex Range();
    [GeneratedRegex(@"(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    private static partial Regex Day();
    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*/\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
    [GeneratedRegex(@"quý\s+(?<q>IV|III|II|I)\s*/\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
    [GeneratedRegex(@"năm\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}
