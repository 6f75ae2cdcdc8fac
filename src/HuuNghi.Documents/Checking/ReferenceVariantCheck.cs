using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking;

/// <summary>
/// The same number, type and issuer written two ways ("80/2020/NĐ-CP" and "80/2022/NĐ-CP", or "83-KH/TU"
/// and "83/KH-TU"): one of them is a typing error, or the two are different documents that need telling apart.
/// </summary>
internal static partial class ReferenceVariantCheck
{
    public static IEnumerable<Finding> Run(List<DocumentPlace> docs)
    {
        var groups = new Dictionary<string, List<(string Reference, string Where)>>(StringComparer.Ordinal);
        foreach (var (doc, label) in docs)
        {
            if (doc.Reference is { } own && doc.Number is not null) Add(groups, own, $"{label} (số, ký hiệu)");
            foreach (var c in doc.Citations) Add(groups, c.Reference, $"{label} (trích dẫn)");
        }
        foreach (var list in groups.Values)
        {
            var variants = list.Select(x => x.Reference).Distinct(StringComparer.Ordinal).ToList();
            if (variants.Count < 2) continue;
            yield return new Finding(FindingCodes.ReferenceVariant, variants[0],
                $"Cùng số và cơ quan ban hành nhưng ghi khác nhau: {string.Join(", ", variants)}",
                list.Select(x => x.Where).Distinct().ToList());
        }
    }

    private static void Add(Dictionary<string, List<(string, string)>> groups, string reference, string where)
    {
        var m = Parts().Match(reference);
        if (!m.Success) return;
        var tokens = Regex.Split(m.Groups["rest"].Value, "[-/]").Where(t => t.Length > 0 && !t.All(char.IsDigit)).ToList();
        if (tokens.Count == 0) return;
        var key = $"{m.Groups["n"].Value}|{TextLines.Fold(string.Join("", tokens.Order(StringComparer.Ordinal)))}";
        if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
        list.Add((reference, where));
    }

    [GeneratedRegex(@"^(?<n>\d+)[-/](?<rest>.+)$")]
    private static partial Regex Parts();
}
