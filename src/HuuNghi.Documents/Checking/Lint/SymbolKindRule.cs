using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// The type abbreviation in the symbol names the kind printed above the title (Decree 30, Appendix III):
/// "KH" for a Kế hoạch, "BC" for a Báo cáo, "QĐ" for a Quyết định… A State Công văn carries none: its symbol
/// is the issuer's and the drafting unit's abbreviations; a Party one carries "CV".
/// </summary>
internal static class SymbolKindRule
{
    private static readonly Dictionary<string, string[]> CodesByKind = new()
    {
        [DocumentKinds.Plan] = ["KH"], [DocumentKinds.Report] = ["BC"], [DocumentKinds.Decision] = ["QĐ"],
        [DocumentKinds.Directive] = ["CT"], [DocumentKinds.ActionProgram] = ["CTr", "CTHĐ"], [DocumentKinds.Resolution] = ["NQ"],
        [DocumentKinds.Guidance] = ["HD"], [DocumentKinds.Notice] = ["TB"], [DocumentKinds.Regulation] = ["QC", "QyĐ", "QĐ"],
        [DocumentKinds.Scheme] = ["ĐA", "DA"], [DocumentKinds.Minutes] = ["BB"], [DocumentKinds.Conclusion] = ["KL"],
        [DocumentKinds.Agreement] = ["BGN", "BTT", "TTLT"], [DocumentKinds.Circular] = ["TT", "TTLT"], [DocumentKinds.Decree] = ["NĐ"],
    };

    // Decree 30's 29 abbreviations and Guidance 36's extras: what a State Công văn's symbol must not start with.
    private static readonly HashSet<string> TypeCodes =
    [
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ",
        "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "KL", "NĐ", "TT",
    ];

    public static IEnumerable<LintFinding> Run(LintTarget t)
    {
        var doc = t.Doc;
        // A kind taken from the symbol itself cannot disagree with it; the kind-title rule reports the missing word.
        if (doc.Symbol is not { Length: > 0 } symbol || doc.Kind == DocumentKinds.Other
            || doc.Warnings.Any(w => w.Code == "kind-from-symbol")) yield break;
        var at = t.Find(l => l.Contains(symbol, StringComparison.Ordinal) && l.StartsWith("Số", StringComparison.OrdinalIgnoreCase));
        var where = t.Where("ký hiệu", "symbol", at);
        var code = TypeCode(symbol, t.IsParty);
        if (doc.Kind == DocumentKinds.Dispatch)
        {
            if (t.IsParty && code is not null && code != "CV" && TypeCodes.Contains(code))
                yield return LintTarget.Finding(LintRules.SymbolKind, LintSeverity.Error, where, code, "CV",
                    $"Công văn của Đảng mang chữ viết tắt \"CV\", không phải \"{code}\"", $"A Party dispatch carries \"CV\", not \"{code}\"");
            else if (!t.IsParty && code is not null && TypeCodes.Contains(code))
                yield return LintTarget.Finding(LintRules.SymbolKind, LintSeverity.Error, where, code, null,
                    $"Công văn không có chữ viết tắt tên loại; \"{code}\" là tên loại khác",
                    $"A Công văn carries no type abbreviation; \"{code}\" names another kind");
            yield break;
        }
        if (!CodesByKind.TryGetValue(doc.Kind, out var expected)) yield break;
        if (code is null)
            yield return LintTarget.Finding(LintRules.SymbolKind, LintSeverity.Error, where, symbol, expected[0],
                $"Ký hiệu thiếu chữ viết tắt tên loại văn bản \"{expected[0]}\"", $"The symbol lacks the type abbreviation \"{expected[0]}\"");
        else if (!expected.Contains(code))
            yield return LintTarget.Finding(LintRules.SymbolKind, LintSeverity.Error, where, code, expected[0],
                $"Chữ viết tắt \"{code}\" trong ký hiệu không khớp tên loại văn bản (cần \"{expected[0]}\")",
                $"The abbreviation \"{code}\" in the symbol does not match the document's kind (expected \"{expected[0]}\")");
    }

    /// <summary>State "KH-UBND" (or "2025/QĐ-UBND"): before the first "-"; Party "KH/TU": before the first "/"; null when there is no such part.</summary>
    internal static string? TypeCode(string symbol, bool party)
    {
        // A legal normative document puts its year first: "15/2025/QĐ-UBND".
        if (symbol.Length > 5 && symbol[..4].All(char.IsAsciiDigit) && symbol[4] == '/') symbol = symbol[5..];
        var separator = party ? '/' : '-';
        var cut = symbol.IndexOf(separator);
        return cut > 0 ? symbol[..cut] : null;
    }
}
