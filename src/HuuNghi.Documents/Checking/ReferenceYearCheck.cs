using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Checking;

/// <summary>A reference carrying a year ("80/2022/NĐ-CP") stated with a date of another year ("ngày 17/9/2020").</summary>
internal static partial class ReferenceYearCheck
{
    public static IEnumerable<Finding> Run(List<DocumentPlace> docs)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (doc, label) in docs)
        {
            var stated = doc.Citations.Select(c => (c.Reference, c.IssuedOn, Where: $"{label} (trích dẫn)")).ToList();
            if (doc.Reference is not null) stated.Insert(0, (doc.Reference, doc.IssuedOn, $"{label} (số, ký hiệu)"));
            foreach (var (reference, date, where) in stated)
            {
                var year = Year().Match(reference);
                if (!year.Success || date is null || date.Length < 4) continue;
                if (date[..4] == year.Groups["y"].Value || !reported.Add(reference + "|" + where)) continue;
                yield return new Finding(FindingCodes.ReferenceYearMismatch, reference,
                    $"Số, ký hiệu {reference} mang năm {year.Groups["y"].Value} nhưng ngày ghi kèm là {DocumentPlace.Format(date)}",
                    [where]);
            }
        }
    }

    [GeneratedRegex(@"^\d+/(?<y>\d{4})/")]
    private static partial Regex Year();
}
