using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// The kind word in capitals with the subject (trích yếu) under it, or for a Công văn the "V/v" subject under
/// the number (Decree 30 art. 10). The parser has read both; this only asks whether it found them.
/// </summary>
internal static class KindTitleRule
{
    // Decree 30's kinds (Appendix III) and Guidance 36's, folded: the parser maps only those it models to a
    // contract kind, but a "TỜ TRÌNH" or "CÔNG ĐIỆN" line is still a kind word printed where it belongs.
    private static readonly HashSet<string> KindNames =
    [
        "nghi quyet", "quyet dinh", "chi thi", "quy che", "quy dinh", "thong cao", "thong bao", "huong dan", "chuong trinh",
        "chuong trinh hanh dong", "ke hoach", "phuong an", "de an", "du an", "bao cao", "bien ban", "to trinh", "hop dong",
        "cong dien", "ban ghi nho", "ban thoa thuan", "thoa thuan", "giay uy quyen", "giay moi", "giay gioi thieu",
        "giay nghi phep", "phieu gui", "phieu chuyen", "phieu bao", "ket luan", "thong tu", "thong tu lien tich", "nghi dinh",
        "cong van", "quy dinh", "tuyen bo", "loi keu goi", "thong tri", "ban giao uoc",
    ];

    private static bool IsKindName(string line) =>
        Parsing.TextLines.IsCaps(line) && KindNames.Contains(Text.VietnameseText.Fold(line).Trim(' ', '.', ':'));

    public static IEnumerable<LintFinding> Run(LintTarget t)
    {
        var doc = t.Doc;
        var note = t.AbsentNote;
        var where = t.Where("tên loại và trích yếu", "kind and subject");
        if (doc.Kind == DocumentKinds.Dispatch)
        {
            if (doc.Title is null)
                yield return LintTarget.Finding(LintRules.KindTitle, t.Absent, where, null, "V/v …",
                    $"Công văn thiếu trích yếu \"V/v …\" dưới số, ký hiệu{note.Vi}", $"The dispatch has no \"V/v …\" subject under its number{note.En}");
            yield break;
        }
        if (doc.Warnings.Any(w => w.Code is "kind-from-symbol" or "kind-unknown") && t.Find(IsKindName, 0, t.HeaderEnd) < 0)
            yield return LintTarget.Finding(LintRules.KindTitle, t.Absent, where, null, "KẾ HOẠCH / BÁO CÁO / QUYẾT ĐỊNH …",
                $"Không thấy tên loại văn bản (chữ in hoa, trên trích yếu){note.Vi}",
                $"The kind of document (in capitals, above the subject) was not found{note.En}");
        else if (doc.Title is null)
            yield return LintTarget.Finding(LintRules.KindTitle, t.Absent, where, null, null,
                $"Không thấy trích yếu nội dung dưới tên loại văn bản{note.Vi}", $"No subject line under the kind of document{note.En}");
    }
}
