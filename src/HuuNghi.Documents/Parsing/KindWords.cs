using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>Kind words (as printed above a title) and type abbreviations (in a symbol) to contract kinds.</summary>
internal static class KindWords
{
    // Folded kind words, longest first so "chuong trinh hanh dong" wins over "chuong trinh".
    private static readonly (string Folded, string Kind)[] Words =
    [
        ("chuong trinh hanh dong", DocumentKinds.ActionProgram),
        ("chuong trinh cong tac", DocumentKinds.ActionProgram),
        ("chuong trinh", DocumentKinds.ActionProgram),
        ("ke hoach hanh dong", DocumentKinds.Plan),
        ("ke hoach", DocumentKinds.Plan),
        ("bao cao", DocumentKinds.Report),
        ("chi thi", DocumentKinds.Directive),
        ("cong van", DocumentKinds.Dispatch),
        ("van ban", DocumentKinds.Dispatch),
        ("quyet dinh", DocumentKinds.Decision),
        ("nghi dinh", DocumentKinds.Decree),
        ("ket luan", DocumentKinds.Conclusion),
        ("nghi quyet", DocumentKinds.Resolution),
        ("huong dan", DocumentKinds.Guidance),
        ("thong bao", DocumentKinds.Notice),
        ("quy che", DocumentKinds.Regulation),
        ("quy dinh", DocumentKinds.Regulation),
        ("de an", DocumentKinds.Scheme),
        ("bien ban", DocumentKinds.Minutes),
        ("thoa thuan", DocumentKinds.Agreement),
        ("ban ghi nho", DocumentKinds.Agreement),
        ("ban giao uoc", DocumentKinds.Agreement),
        ("thong tu lien tich", DocumentKinds.Circular),
        ("thong tu", DocumentKinds.Circular),
        ("nghi quyet lien tich", DocumentKinds.Resolution),
        ("cong dien", DocumentKinds.Other),
        ("to trinh", DocumentKinds.Other),
    ];

    // Type abbreviations of Decree 30 and Guidance 36, as they appear between the separators of a symbol.
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["CT"] = DocumentKinds.Directive, ["KH"] = DocumentKinds.Plan, ["CTr"] = DocumentKinds.ActionProgram,
        ["CTHĐ"] = DocumentKinds.ActionProgram, ["KL"] = DocumentKinds.Conclusion, ["QĐ"] = DocumentKinds.Decision,
        ["NĐ"] = DocumentKinds.Decree, ["NQ"] = DocumentKinds.Resolution, ["HD"] = DocumentKinds.Guidance,
        ["TB"] = DocumentKinds.Notice, ["QC"] = DocumentKinds.Regulation, ["QyĐ"] = DocumentKinds.Regulation,
        ["ĐA"] = DocumentKinds.Scheme, ["BB"] = DocumentKinds.Minutes, ["BC"] = DocumentKinds.Report,
        ["CV"] = DocumentKinds.Dispatch, ["TT"] = DocumentKinds.Circular,
    };

    /// <summary>The kind of a whole line that is only a kind word ("KẾ HOẠCH"), else null.</summary>
    public static string? FromKindLine(string line)
    {
        var f = TextLines.Fold(line).Trim(' ', '.', ':');
        foreach (var (folded, kind) in Words)
            if (f == folded) return kind;
        return null;
    }

    /// <summary>A capitals line that starts with a kind word and goes on with the title, split in two.</summary>
    public static (string Kind, string Remainder)? SplitKindLine(string line)
    {
        var f = TextLines.Fold(line);
        foreach (var (folded, kind) in Words)
        {
            if (!f.StartsWith(folded + " ", StringComparison.Ordinal)) continue;
            var words = folded.Split(' ').Length;
            var rest = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(words)).Trim();
            return rest.Length > 0 ? (kind, rest) : null;
        }
        return null;
    }

    /// <summary>The kind of a kind word that starts a phrase ("Kế hoạch số …").</summary>
    public static string? FromPhrase(string phrase)
    {
        var f = TextLines.Fold(phrase);
        foreach (var (folded, kind) in Words)
            if (f.StartsWith(folded, StringComparison.Ordinal)) return kind;
        return null;
    }

    /// <summary>The kind named by a symbol's type abbreviation ("KH/TU" → plan), else null.</summary>
    public static string? FromSymbol(string? symbol)
    {
        if (string.IsNullOrEmpty(symbol)) return null;
        foreach (var token in symbol.Split('/', '-'))
            if (Codes.TryGetValue(token, out var kind)) return kind;
        return null;
    }
}
