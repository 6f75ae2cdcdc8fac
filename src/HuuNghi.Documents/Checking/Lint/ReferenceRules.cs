using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// "Số: 05/KH-UBND" (State: colon, "/" after the number) or "Số 83-KH/TU" (Party: no colon, "-" after the
/// number); numbers below 10 written with a leading zero; a number left blank is a draft awaiting the clerk.
/// </summary>
internal static class ReferenceRules
{
    public static IEnumerable<LintFinding> Run(LintTarget t)
    {
        var doc = t.Doc;
        var expected = t.IsParty ? "Số N-KÝHIỆU/CƠQUAN" : "Số: N/KÝHIỆU-CƠQUAN";
        var at = t.Find(l => l.StartsWith("Số", StringComparison.OrdinalIgnoreCase) && ReferenceReader.Read(l) is not null);
        if (doc.Reference is null || at < 0)
        {
            var note = t.AbsentNote;
            yield return LintTarget.Finding(LintRules.Reference, t.Absent, t.Where("số, ký hiệu", "number and symbol"), null, expected,
                $"Không thấy số, ký hiệu văn bản{note.Vi}", $"The document's number and symbol were not found{note.En}");
            yield break;
        }
        var line = t.Lines[at].Trim();
        var where = t.Where("số, ký hiệu", "number and symbol", at);
        var hasColon = line.Length > 2 && line[2..].TrimStart().StartsWith(':');
        var shown = Shown(doc.Number, doc.Symbol, t.IsParty);
        if (!t.IsParty && !hasColon)
            yield return LintTarget.Finding(LintRules.Reference, LintSeverity.Warning, where, line, shown,
                "Văn bản hành chính ghi \"Số:\" có dấu hai chấm", "A State document writes \"Số:\" with a colon");
        if (t.IsParty && hasColon)
            yield return LintTarget.Finding(LintRules.Reference, LintSeverity.Warning, where, line, shown,
                "Văn bản của Đảng ghi \"Số\" không có dấu hai chấm", "A Party document writes \"Số\" without a colon");
        var separator = doc.Reference.Length > (doc.Number?.Length ?? 0) ? doc.Reference[doc.Number?.Length ?? 0] : '/';
        if (doc.Number is not null && doc.Symbol is not null && separator != (t.IsParty ? '-' : '/'))
            yield return LintTarget.Finding(LintRules.Reference, LintSeverity.Warning, where, line, shown,
                t.IsParty ? "Văn bản của Đảng nối số và ký hiệu bằng dấu \"-\"" : "Văn bản hành chính nối số và ký hiệu bằng dấu \"/\"",
                t.IsParty ? "A Party document joins number and symbol with \"-\"" : "A State document joins number and symbol with \"/\"");
        if (doc.Number is null)
        {
            yield return LintTarget.Finding(LintRules.ReferenceNumber, LintSeverity.Info, where, line, null,
                "Văn bản chưa có số (dự thảo): văn thư ghi số khi ban hành", "The document has no number yet (a draft): the clerk numbers it on issue");
        }
        else if (doc.Number.Length == 1 && doc.Number != "0")
        {
            yield return LintTarget.Finding(LintRules.ReferenceNumber, LintSeverity.Error, where, doc.Number, "0" + doc.Number,
                "Số nhỏ hơn 10 phải ghi thêm số 0 phía trước", "A number below 10 must be written with a leading zero");
        }
    }

    private static string Shown(string? number, string? symbol, bool party) =>
        party ? $"Số {number}-{symbol}" : $"Số: {number}/{symbol}";
}
