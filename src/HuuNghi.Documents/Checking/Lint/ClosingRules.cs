using HuuNghi.Documents.Parsing;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// The foot of the document: "Nơi nhận:" with its list ending "- Lưu: VT, …." (State) or "- Lưu Văn phòng …"
/// (Party), and the signer block, whose authority line is one of TM., KT., TL., TUQ., Q. (Decree 30 art. 13;
/// Party copies write T/M). Under KT. a deputy signs, so the position line begins with "PHÓ".
/// </summary>
internal static class ClosingRules
{
    // A deputy minister is "THỨ TRƯỞNG"; every other deputy's title begins with "PHÓ".
    private static readonly string[] Deputies = ["pho", "thu truong"];
    private static readonly string[] StateAuthorities = ["TM.", "KT.", "TL.", "TUQ.", "Q."];
    private static readonly Dictionary<string, string> SlashForms = new() { ["T/M"] = "TM.", ["K/T"] = "KT.", ["T/L"] = "TL.", ["T/UQ"] = "TUQ." };

    public static IEnumerable<LintFinding> Run(LintTarget t) => Distribution(t).Concat(Signer(t));

    private static IEnumerable<LintFinding> Distribution(LintTarget t)
    {
        var at = t.FindLast(l => TextLines.FoldStarts(l, "noi nhan"));
        var note = t.AbsentNote;
        if (at < 0)
        {
            yield return LintTarget.Finding(LintRules.Distribution, t.Absent, t.Where("nơi nhận", "distribution"), null, "Nơi nhận:",
                $"Không thấy phần \"Nơi nhận:\"{note.Vi}", $"No \"Nơi nhận:\" (distribution) block was found{note.En}");
            yield break;
        }
        var where = t.Where("nơi nhận", "distribution", at);
        if (!t.Lines[at].TrimEnd().Contains(':'))
            yield return LintTarget.Finding(LintRules.Distribution, LintSeverity.Warning, where, t.Lines[at], "Nơi nhận:",
                "\"Nơi nhận\" phải có dấu hai chấm", "\"Nơi nhận\" takes a colon");
        if (t.Doc.Distribution is not [.., var last])
        {
            yield return LintTarget.Finding(LintRules.Distribution, LintSeverity.Warning, where, null, "- Lưu: VT, …",
                "Phần nơi nhận không liệt kê nơi nào", "The distribution block lists no recipient");
            yield break;
        }
        var expected = t.IsParty ? "- Lưu Văn phòng …" : "- Lưu: VT, <đơn vị soạn thảo>.";
        // A web copy may run the whole list into one line ("Như trên;- TTg;- Lưu: VT, QHQT"): its last segment counts.
        last = last.Split(';').Last().TrimStart(' ', '-', '–');
        if (!TextLines.FoldStarts(last, "luu"))
            yield return LintTarget.Finding(LintRules.Distribution, LintSeverity.Warning, where, last, expected,
                "Nơi nhận phải kết thúc bằng dòng lưu văn bản", "The distribution list must end with the filing line (\"Lưu\")");
        else if (!t.IsParty && !last.Contains(':'))
            yield return LintTarget.Finding(LintRules.Distribution, LintSeverity.Warning, where, last, expected,
                "Dòng lưu viết \"Lưu: VT, <viết tắt đơn vị soạn thảo>\"", "The filing line reads \"Lưu: VT, <drafting unit's abbreviation>\"");
    }

    private static IEnumerable<LintFinding> Signer(LintTarget t)
    {
        var signer = t.Doc.Signer;
        var note = t.AbsentNote;
        var where = t.Where("người ký", "signer");
        if (signer is null)
        {
            yield return LintTarget.Finding(LintRules.Signer, t.Absent, where, null, "TM./KT./TL./TUQ. …, CHỨC VỤ, Họ và tên",
                $"Không thấy khối chữ ký (quyền hạn, chức vụ, họ tên người ký){note.Vi}", $"No signer block (authority, position, name) was found{note.En}");
            yield break;
        }
        foreach (var line in signer.Authority)
        {
            var prefix = line.Split(' ', 2)[0];
            if (!t.IsParty && SlashForms.TryGetValue(prefix, out var dotted))
                yield return LintTarget.Finding(LintRules.Signer, LintSeverity.Warning, where, prefix, dotted,
                    $"Văn bản hành chính viết quyền hạn ký \"{dotted}\", không viết \"{prefix}\"", $"A State document writes the signing authority \"{dotted}\", not \"{prefix}\"");
            else if (!t.IsParty && !StateAuthorities.Contains(prefix) && !SlashForms.ContainsKey(prefix))
                yield return LintTarget.Finding(LintRules.Signer, LintSeverity.Warning, where, prefix, string.Join(" ", StateAuthorities),
                    "Quyền hạn ký không thuộc các dạng TM., KT., TL., TUQ., Q.", "The signing authority is none of TM., KT., TL., TUQ., Q.");
        }
        // Party bodies' collective signatures ("T/M BAN BÍ THƯ") often print no position line.
        if (signer.Position is null && !t.IsParty)
            yield return LintTarget.Finding(LintRules.Signer, LintSeverity.Warning, where, null, "CHỨC VỤ",
                "Khối chữ ký thiếu chức vụ người ký", "The signer block has no position line");
        else if (signer.Position is { } position && signer.Authority.LastOrDefault() is { } lastAuthority
                 && (lastAuthority.StartsWith("KT.") || lastAuthority.StartsWith("K/T")) && !Deputies.Any(d => TextLines.FoldStarts(position, d)))
            yield return LintTarget.Finding(LintRules.Signer, LintSeverity.Warning, where, position, "PHÓ …",
                "Ký thay (KT.) thì người ký là cấp phó: chức vụ bắt đầu bằng \"PHÓ\"", "Signing on behalf (KT.) is done by a deputy: the position begins with \"PHÓ\"");
        if (signer.Name is null)
            yield return LintTarget.Finding(LintRules.Signer, LintSeverity.Warning, where, null, "Họ và tên",
                "Khối chữ ký thiếu họ tên người ký", "The signer block has no name");
    }
}
