using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Checking;

/// <summary>Looks for <see cref="SpellingRules"/> in the text fields people read first: title, task titles, deadlines.</summary>
internal static class SpellingCheck
{
    private static readonly List<(Regex Pattern, string Wrong, string Right)> Compiled =
        SpellingRules.Rules.Select(r => (new Regex($@"(?<!\p{{L}}){r.Pattern}(?!\p{{L}})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), r.Pattern, r.Right)).ToList();

    public static IEnumerable<Finding> Run(List<DocumentPlace> docs)
    {
        foreach (var (doc, label) in docs)
        {
            foreach (var (pattern, _, right) in Compiled)
            {
                var hits = Fields(doc)
                    .SelectMany(f => pattern.Matches(f.Text).Where(m => m.Value != right).Select(m => (f.Field, m.Value)))
                    .ToList();
                if (hits.Count == 0) continue;
                var wrong = hits[0].Value;
                var where = hits.Select(h => $"{label} ({h.Field})").Distinct().ToList();
                yield return new Finding(FindingCodes.Spelling, doc.Reference,
                    $"Lỗi chính tả: \"{wrong}\" cần sửa thành \"{right}\"", where);
            }
        }
    }

    private static IEnumerable<(string Field, string Text)> Fields(ParsedDocument doc)
    {
        if (doc.Title is not null) yield return ("trích yếu", doc.Title);
        foreach (var t in doc.Tasks) yield return ($"nhiệm vụ {t.Ref}", t.Title);
        foreach (var d in doc.Deadlines) yield return ("thời hạn", d.Text);
        foreach (var a in doc.Addressees) yield return ("kính gửi", a);
    }
}
