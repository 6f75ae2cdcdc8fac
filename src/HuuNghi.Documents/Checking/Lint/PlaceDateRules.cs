using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// The place-and-date line "Tháp Mười, ngày 05 tháng 01 năm 2024" (Decree 30 art. 9): written out with
/// "ngày … tháng … năm", days below 10 and the months 1 and 2 with a leading zero (so "1" cannot become
/// "11" or "12"), months 3 to 12 without one. The parser gives the ISO date; how it was written is read here.
/// </summary>
internal static partial class PlaceDateRules
{
    public static IEnumerable<LintFinding> Run(LintTarget t)
    {
        var at = t.Find(l => DateReader.ReadPlaceLine(l) is not null);
        if (at < 0)
        {
            var note = t.AbsentNote;
            yield return LintTarget.Finding(LintRules.PlaceDate, t.Absent, t.Where("địa danh và thời gian", "place and date"), null,
                "…, ngày dd tháng mm năm yyyy", $"Không thấy dòng địa danh, ngày tháng năm ban hành{note.Vi}",
                $"The place-and-date line was not found{note.En}");
            yield break;
        }
        var line = t.Lines[at];
        var where = t.Where("địa danh và thời gian", "place and date", at);
        if (Numeric().Match(line) is { Success: true } n)
        {
            var expected = Written(n.Groups["d"].Value, n.Groups["m"].Value, n.Groups["y"].Value);
            yield return LintTarget.Finding(LintRules.PlaceDate, LintSeverity.Error, where, n.Value, expected,
                "Ngày ban hành phải viết đủ \"ngày … tháng … năm …\", không viết dạng số", "The date of issue must be written out as \"ngày … tháng … năm …\", not in figures");
            yield break;
        }
        var w = Words().Match(line);
        if (!w.Success) yield break;
        var (day, month, year) = (w.Groups["d"].Value, w.Groups["m"].Value, w.Groups["y"].Value);
        if (day.Length == 0 || month.Length == 0 || year.Length == 0)
            yield return LintTarget.Finding(LintRules.PlaceDate, LintSeverity.Info, where, line, null,
                "Ngày, tháng còn để trống (dự thảo): văn thư ghi khi ban hành", "Day or month left blank (a draft): the clerk fills them in on issue");
        if (day.Length == 1 && day != "0")
            yield return LintTarget.Finding(LintRules.DatePadding, LintSeverity.Error, where, $"ngày {day}", $"ngày 0{day}",
                "Ngày nhỏ hơn 10 phải ghi thêm số 0 phía trước", "A day below 10 must be written with a leading zero");
        if (int.TryParse(month, out var m))
        {
            if (m is 1 or 2 && month.Length == 1)
                yield return LintTarget.Finding(LintRules.DatePadding, LintSeverity.Error, where, $"tháng {month}", $"tháng 0{month}",
                    "Tháng 1, 2 phải ghi thêm số 0 phía trước", "The months 1 and 2 must be written with a leading zero");
            else if (m >= 3 && month.StartsWith('0'))
                yield return LintTarget.Finding(LintRules.DatePadding, LintSeverity.Info, where, $"tháng {month}", $"tháng {m}",
                    "Chỉ tháng 1, 2 ghi số 0 phía trước; từ tháng 3 không cần", "Only the months 1 and 2 take a leading zero; from March on none is needed");
        }
    }

    private static string Written(string d, string m, string y)
    {
        var day = int.Parse(d, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m, System.Globalization.CultureInfo.InvariantCulture);
        return $"ngày {day:00} tháng {(month <= 2 ? month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : month.ToString(System.Globalization.CultureInfo.InvariantCulture))} năm {y}";
    }

    [GeneratedRegex(@"ngày\s*(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Numeric();
    [GeneratedRegex(@"ngày\s*(?<d>\d{1,2})?\s*tháng\s*(?<m>\d{1,2})?\s*năm\s*(?<y>\d{4})?", RegexOptions.IgnoreCase)]
    private static partial Regex Words();
}
