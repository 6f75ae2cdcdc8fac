using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// Documents named by kind word, number and symbol ("Kế hoạch số 313/KH-UBND ngày 12/9/2022 của UBND
/// Tỉnh"). One citation per reference in order of first mention; its date and issuer are the first ones
/// stated with it anywhere in the text. A document never cites itself.
/// </summary>
internal static partial class CitationReader
{
    public static List<Citation> Read(IEnumerable<string> texts, string? ownReference)
    {
        var order = new List<string>();
        var found = new Dictionary<string, (string Kind, string Reference, string? Date, string? Issuer)>();
        var own = ownReference is null ? null : Key(ownReference);
        foreach (var text in texts)
        {
            // The kind word of the reference before, and where it ended: "Chỉ thị số 12-CT/TW và 13-CT/TW".
            string? lastKind = null;
            var lastEnd = -1;
            foreach (Match m in Reference().Matches(text))
            {
                // The kind word stands just before the number ("Kế hoạch số 313/…", "Chương trình phối hợp
                // số 02/…"); look back a short way.
                var back = Math.Max(0, m.Index - 50);
                var kindWord = KindBefore().Match(text[back..m.Index]);
                string? kindPhrase = kindWord.Success ? kindWord.Groups["kw"].Value : null;
                if (kindPhrase is null && lastKind is not null && lastEnd >= 0 && lastEnd <= m.Index && m.Index - lastEnd <= 40
                    && Sibling().IsMatch(text.AsSpan(lastEnd, m.Index - lastEnd)))
                    kindPhrase = lastKind;
                if (kindPhrase is null) continue;
                // "Công văn số 15486 BTC-QLN": a number and symbol with no separator count only after "số".
                if (m.Groups["bare"].Success && !(kindWord.Success && kindWord.Value.Contains("số", StringComparison.OrdinalIgnoreCase))) continue;
                lastKind = kindPhrase;
                lastEnd = m.Index + m.Length;
                var reference = m.Groups["ref"].Value.TrimEnd('-', '/', '.');
                var key = Key(reference);
                if (key == own) continue;
                var after = m.Index + m.Length;
                var date = DateReader.ReadLeading(text, after, out var dateLength);
                var known = found.TryGetValue(key, out var seen);
                // A reference cited again with its issuer already known needs no second look for one.
                var issuer = known && seen.Issuer is not null ? seen.Issuer
                    : ReadIssuer(text, after + dateLength) ?? (kindWord.Success ? IssuerBefore(text, back + kindWord.Index) : null);
                if (known)
                {
                    found[key] = seen with { Date = seen.Date ?? date, Issuer = seen.Issuer ?? issuer };
                    continue;
                }
                var kind = KindOf(kindPhrase, reference);
                found[key] = (kind, reference, date, issuer);
                order.Add(key);
            }
        }
        return order.Select(k => found[k]).Select(c => new Citation(c.Kind, c.Reference, c.Date, c.Issuer)).ToList();
    }

    // The kind word as printed wins ("Quy định số 272-QĐ/TW" is a regulation though QĐ reads as a
    // decision); a generic "văn bản" leaves it to the symbol.
    private static string KindOf(string phrase, string reference)
    {
        var fromPhrase = KindWords.FromPhrase(phrase);
        var generic = TextLines.FoldStarts(phrase, "van ban");
        return (generic ? KindWords.FromSymbol(reference) ?? fromPhrase : fromPhrase ?? KindWords.FromSymbol(reference)) ?? DocumentKinds.Other;
    }

    /// <summary>Comparison key for references: case, tone placement and spacing ignored.</summary>
    public static string Key(string reference) => TextLines.Fold(reference).Replace(" ", "");

    private static string? ReadIssuer(string text, int at)
    {
        var m = Issuer().Match(text, at);
        if (!m.Success) return null;
        var issuer = TextLines.Collapse(m.Groups["iss"].Value).Trim(' ', ',', '.');
        return issuer.Length is > 1 and < 120 ? issuer : null;
    }

    [GeneratedRegex(@"(?<![0-9/])(?<ref>[0-9]{1,5}(?:/[0-9]{4})?(?:[-/]|(?<bare>\s)(?=\p{Lu}{2,}[\p{L}&]*-\p{Lu}))\s?\p{Lu}[\p{L}\d&]*(?:[-/][\p{L}\d&]+)*)")]
    private static partial Regex Reference();
    [GeneratedRegex(@"(?<kw>(?i:chương trình hành động|chương trình|kế hoạch|chỉ thị|công văn|văn bản|quyết định|nghị định|nghị quyết|kết luận|thông tư|thông báo|hướng dẫn|quy định|quy chế|đề án|báo cáo|tờ trình|thông tri))(?:\s+(?:(?i:số)\s*:?\s*)?|(?:\s+\p{Ll}+){1,2}\s+số\s*:?\s*)$")]
    private static partial Regex KindBefore();
    // "… của Ban Thường vụ Tỉnh ủy tại Công văn số …": the issuer named before the kind word.
    private static string? IssuerBefore(string text, int kindAt)
    {
        // Cheap test first: most kind words follow no "tại".
        var head = text.AsSpan(0, kindAt).TrimEnd();
        if (!head.EndsWith(" tại", StringComparison.Ordinal)) return null;
        var from = Math.Max(0, kindAt - 100);
        var m = IssuerAhead().Match(text, from, kindAt - from);
        if (!m.Success) return null;
        var issuer = TextLines.Collapse(m.Groups["iss"].Value).Trim(' ', ',', '.');
        return issuer.Length is > 1 and < 100 ? issuer : null;
    }

    [GeneratedRegex(@"(?:^|\s)(?:của|do)\s+(?<iss>[^,;.:()]+?)\s+tại\s+$")]
    private static partial Regex IssuerAhead();
    [GeneratedRegex(@"^(?:\s*ngày\s*[\d/.-]+)?\s*(?:,|và|;)\s*(?:(?i:số)\s*:?\s*)?$")]
    private static partial Regex Sibling();
    [GeneratedRegex(@"\G\s*,?\s*(?:của|do)\s+(?<iss>.+?)(?=\s+(?:về|thực hiện|ban hành|trong|có hiệu lực|đến|để|với|tại|theo|cụ thể|đối với|kết quả|triển khai|nhằm|và(?=\s+(?i:các\s+)?(?i:chương trình|kế hoạch|chỉ thị|công văn|văn bản|quyết định|nghị định|nghị quyết|kết luận|thông tư|thông báo|hướng dẫn|quy định|quy chế|đề án|báo cáo|số|\d))|đã|gửi)\s|[,;.(:“""]|$)")]
    private static partial Regex Issuer();
}
