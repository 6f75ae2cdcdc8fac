using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking;

/// <summary>
/// One document given different dates: its own header against the citations of it in other documents,
/// or citations against each other. Partial dates ("2024-01") agree with any date they are a prefix of.
/// </summary>
internal static class CitationDateCheck
{
    public static IEnumerable<Finding> Run(List<DocumentPlace> docs)
    {
        var claims = new Dictionary<string, List<(string Reference, string Date, string Where)>>();
        foreach (var (doc, label) in docs)
        {
            if (doc.Reference is { } own && doc.Number is not null && doc.IssuedOn is { } date)
                Add(claims, own, date, $"{label} (ngày ban hành)");
            foreach (var c in doc.Citations)
                if (c.IssuedOn is { } cited) Add(claims, c.Reference, cited, $"{label} (trích dẫn)");
        }
        foreach (var list in claims.Values)
        {
            var dates = list.Select(c => c.Date).Distinct().ToList();
            if (!dates.Any(a => dates.Any(b => !Compatible(a, b)))) continue;
            var parts = dates.Select(d => $"{DocumentPlace.Format(d)} ({string.Join(", ", list.Where(c => c.Date == d).Select(c => c.Where))})");
            yield return new Finding(FindingCodes.CitationDateMismatch, list[0].Reference,
                $"Văn bản {list[0].Reference} được ghi các ngày khác nhau: {string.Join("; ", parts)}",
                list.Select(c => c.Where).Distinct().ToList());
        }
    }

    private static void Add(Dictionary<string, List<(string, string, string)>> claims, string reference, string date, string where)
    {
        var key = CitationReader.Key(reference);
        if (!claims.TryGetValue(key, out var list)) claims[key] = list = [];
        list.Add((reference, date, where));
    }

    private static bool Compatible(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
}
