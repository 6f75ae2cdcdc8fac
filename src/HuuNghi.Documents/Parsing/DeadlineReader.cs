using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Text;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Reporting and completion deadlines: "Báo cáo định kỳ: tháng 12 hằng năm", "sơ kết 03 năm vào quý I/2025",
/// "Thời gian triển khai: hoàn thành trong tháng 7/2022". A duty with no date ("định kỳ báo cáo") is none.
/// </summary>
internal static partial class DeadlineReader
{
    public static List<Deadline> Read(IEnumerable<string> blocks)
    {
        var deadlines = new List<Deadline>();
        foreach (var block in blocks)
        {
            var text = OutlineMarkers.IsBullet(block) ? block.TrimStart('-', '–', '+', '•', '*', ' ') : block;
            var label = Label().Match(text);
            var labelText = label.Success ? label.Groups["label"].Value.Trim() : null;
            var body = label.Success ? text[label.Length..] : text;
            foreach (var clause in Clauses().Split(body))
            {
                var deadline = ReadClause(clause.Trim().TrimEnd('.', ';', ' '), labelText);
                if (deadline is not null) deadlines.Add(deadline);
            }
        }
        return deadlines;
    }

    private static Deadline? ReadClause(string clause, string? label)
    {
        var (due, recurrence) = Due(clause);
        if (due is null) return null;
        var review = Review().Match(clause);
        if (review.Success)
        {
            var what = char.ToUpper(review.Value[0]) + review.Value[1..];
            return new Deadline(what, due, recurrence, clause[review.Index..]);
        }
        var f = VietnameseText.Fold(label ?? clause);
        if (label is null && !(f.StartsWith("bao cao") || f.StartsWith("thoi gian") || f.Contains("hoan thanh truoc") || f.Contains("han gui")))
            return null;
        if (label is not null && !(f.Contains("bao cao") || f.Contains("thoi gian") || f.Contains("han ")))
            return null;
        var name = label ?? (VietnameseText.Fold(clause).Contains("dinh ky") ? "Báo cáo định kỳ" : NameBeforeDate(clause));
        var text = label is null ? clause : $"{label}: {clause}";
        return new Deadline(name, due, recurrence, text);
    }

    private static (string? Due, string? Recurrence) Due(string clause)
    {
        var yearly = MonthYearly().Match(clause);
        if (yearly.Success) return (int.Parse(yearly.Groups["m"].Value).ToString("D2"), "yearly");
        var quarter = Quarter().Match(clause);
        if (quarter.Success) return ($"{quarter.Groups["y"].Value}-Q{Quarters.FromNumeral(quarter.Groups["q"].Value)}", null);
        var day = ByDay().Match(clause);
        if (day.Success) return (DateReader.Iso(day.Groups["y"].Value, day.Groups["m"].Value, day.Groups["d"].Value), null);
        var month = Month().Match(clause);
        if (month.Success) return (DateReader.Iso(month.Groups["y"].Value, month.Groups["m"].Value, ""), null);
        return (null, null);
    }

    private static string NameBeforeDate(string clause)
    {
        var cut = Cue().Match(clause);
        return (cut.Success ? clause[..cut.Index] : clause).Trim().TrimEnd(':', ',');
    }

    [GeneratedRegex(@"^(?<label>[^:;]{3,60}):\s*")]
    private static partial Regex Label();
    [GeneratedRegex(@";|\s+và\s+(?=(?:sơ kết|tổng kết))")]
    private static partial Regex Clauses();
    [GeneratedRegex(@"(?:sơ kết|tổng kết)\s+\d{1,2}\s+năm", RegexOptions.IgnoreCase)]
    private static partial Regex Review();
    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s+(?:hằng|hàng)\s+năm", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYearly();
    [GeneratedRegex(@"quý\s+(?<q>IV|III|II|I|[1-4])\s*/\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();
    [GeneratedRegex(@"(?:trước|chậm nhất|hạn)\s+(?:là\s+)?(?:ngày\s+)?(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ByDay();
    [GeneratedRegex(@"tháng\s+(?<m>\d{1,2})\s*/\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Month();
    [GeneratedRegex(@"\s(?:vào|trước|trong|chậm nhất|hạn)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
