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
            var text = OutlineMarkers.IsBullet(block) ? block.TrimStart('-', '–', '+', '•', '*', ' ')
                : OutlineMarkers.ReadNumbered(block)?.Text ?? OutlineMarkers.ReadLettered(block)?.Text ?? block;
            var label = Label().Match(text);
            var labelText = label.Success ? label.Groups["label"].Value.Trim() : null;
            var body = label.Success ? text[label.Length..] : text;
            foreach (var clause in SplitClauses(body))
            {
                var deadline = ReadClause(clause.Trim().TrimEnd('.', ';', ' '), labelText);
                if (deadline is not null) deadlines.Add(deadline);
            }
        }
        return deadlines;
    }

    // Clauses end at ";" or at "và" before the next review ("… và tổng kết 10 năm …").
    private static IEnumerable<string> SplitClauses(string body)
    {
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var cut = body[i] == ';' ? 1
                : body[i] == ' ' && i + 1 < body.Length && body[i + 1] == 'v'
                  && (AtWord(body, i, " và sơ kết") || AtWord(body, i, " và tổng kết")) ? 4 : 0;
            if (cut == 0) continue;
            yield return body[start..i];
            start = i + cut;
        }
        yield return body[start..];
    }

    private static bool AtWord(string s, int i, string word) => string.CompareOrdinal(s, i, word, 0, word.Length) == 0;

    private static Deadline? ReadClause(string clause, string? label)
    {
        if (!MayHoldDate(clause)) return null;
        var (due, recurrence) = Due(clause);
        if (due is null) return null;
        var review = Review().Match(clause);
        if (review.Success)
        {
            var what = char.ToUpper(review.Value[0]) + review.Value[1..];
            return new Deadline(what, due, recurrence, clause[review.Index..]);
        }
        var f = VietnameseText.Fold(label ?? clause);
        // "Các tổ dân phố báo cáo kết quả … trước ngày 15/11/2026": a duty to report by a stated day.
        var reportBy = label is null && f.Contains(" bao cao ", StringComparison.Ordinal) && ByDay().IsMatch(clause);
        if (label is null && !reportBy && !(f.StartsWith("bao cao") || f.StartsWith("thoi gian") || f.Contains("hoan thanh truoc") || f.Contains("han gui")))
            return null;
        if (reportBy && !f.StartsWith("bao cao"))
        {
            var at = clause.IndexOf("báo cáo", StringComparison.OrdinalIgnoreCase);
            if (at > 0) clause = clause[at..];
        }
        if (label is not null && !(f.Contains("bao cao") || f.Contains("thoi gian") || f.Contains("han ")))
            return null;
        var name = label ?? (VietnameseText.Fold(clause).Contains("dinh ky") ? "Báo cáo định kỳ" : NameBeforeDate(clause));
        if (reportBy && name.Length > 0) name = char.ToUpperInvariant(name[0]) + name[1..].Split(" về ")[0];
        var text = label is null ? clause : $"{label}: {clause}";
        return new Deadline(name, due, recurrence, text);
    }

    // Every date pattern below needs one of these words; most paragraphs have none.
    private static bool MayHoldDate(string clause) =>
        clause.Contains("háng", StringComparison.Ordinal) || clause.Contains("uý", StringComparison.Ordinal)
        || clause.Contains("ạn", StringComparison.Ordinal) || clause.Contains("ước", StringComparison.Ordinal)
        || clause.Contains("nhất", StringComparison.Ordinal);

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
    [GeneratedRegex(@"(?:[Ss]ơ kết|[Tt]ổng kết)\s+\d{1,2}\s+năm")]
    private static partial Regex Review();
    [GeneratedRegex(@"[Tt]háng\s+(?<m>\d{1,2})\s+(?:hằng|hàng)\s+năm")]
    private static partial Regex MonthYearly();
    [GeneratedRegex(@"[Qq]uý\s+(?<q>IV|III|II|I|[1-4])\s*/\s*(?<y>\d{4})")]
    private static partial Regex Quarter();
    [GeneratedRegex(@"(?:[Tt]rước|[Cc]hậm nhất|[Hh]ạn)\s+(?:là\s+)?(?:ngày\s+)?(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})")]
    private static partial Regex ByDay();
    [GeneratedRegex(@"[Tt]háng\s+(?<m>\d{1,2})\s*/\s*(?<y>\d{4})")]
    private static partial Regex Month();
    [GeneratedRegex(@"\s(?:vào|trước|trong|chậm nhất|hạn)\s")]
    private static partial Regex Cue();
}
