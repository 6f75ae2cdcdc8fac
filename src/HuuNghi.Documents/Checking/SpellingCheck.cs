using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Checking;

/// <summary>Looks for <see cref="SpellingRules"/> in the text fields people read first: title, task titles, deadlines.</summary>
internal static class SpellingCheck
{
    private static readonly List<(Regex Pattern, string Wrong, string Right)> Compiled =
        SpellingRules.Rules.Select(r => (new Regex($@"(?<!\p{{L}}){Regex.Escape(r.Wrong)}(?!\p{{L}})",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), r.Wrong, r.Right)).ToList();

    public static IEnumerable<Finding> Run(List<DocumentPlace> docs)
    {
        foreach (var (doc, label) in docs)
        {
            foreach (var (pattern, wrong, right) in Compiled)
            {
                var where = Fields(doc).Where(f => pattern.IsMatch(f.Text)).Select(f => $"{label} ({f.Field})").Distinct().ToList();
                if (where.Count == 0) continue;
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
