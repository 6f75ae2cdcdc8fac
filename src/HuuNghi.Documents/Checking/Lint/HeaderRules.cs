using HuuNghi.Documents.Text;
using HuuNghi.Documents.Writing.Docx;

namespace HuuNghi.Documents.Checking.Lint;

/// <summary>
/// The letterhead: the national motto and "Độc lập - Tự do - Hạnh phúc" (State, Decree 30 art. 8.1) or
/// "ĐẢNG CỘNG SẢN VIỆT NAM" (Party, Guidance 36), present and worded exactly, and the issuer block.
/// </summary>
internal static class HeaderRules
{
    public static IEnumerable<LintFinding> Run(LintTarget t)
    {
        var expected = t.IsParty ? HeaderText.PartyMotto : HeaderText.StateMotto;
        var (vi, en) = t.IsParty ? ("tiêu đề Đảng", "Party header") : ("quốc hiệu", "national motto");
        var at = t.Find(l => Fold(l).StartsWith(t.IsParty ? "dang cong san" : "cong hoa xa hoi", StringComparison.Ordinal), 0, t.HeaderEnd);
        if (at < 0)
        {
            var note = t.AbsentNote;
            yield return LintTarget.Finding(LintRules.Motto, t.Absent, t.Where(vi, en), null, expected,
                $"Không thấy {vi} \"{expected}\"{note.Vi}", $"The {en} \"{expected}\" was not found{note.En}");
        }
        else if (Compared(LintRules.Motto, t, at, expected, vi, en) is { } motto)
        {
            yield return motto;
        }
        if (!t.IsParty)
        {
            var tagline = t.Find(l => Fold(l).StartsWith("doc lap", StringComparison.Ordinal), 0, t.HeaderEnd);
            if (tagline < 0)
            {
                var note = t.AbsentNote;
                yield return LintTarget.Finding(LintRules.Tagline, t.Absent, t.Where("tiêu ngữ", "tagline"), null, HeaderText.StateTagline,
                    $"Không thấy tiêu ngữ \"{HeaderText.StateTagline}\"{note.Vi}", $"The tagline \"{HeaderText.StateTagline}\" was not found{note.En}");
            }
            else if (Compared(LintRules.Tagline, t, tagline, HeaderText.StateTagline, "tiêu ngữ", "tagline") is { } finding)
            {
                yield return finding;
            }
        }
        if (t.IssuerLines.Count == 0)
        {
            var note = t.AbsentNote;
            yield return LintTarget.Finding(LintRules.Issuer, t.Absent, t.Where("tên cơ quan ban hành", "issuer block"), null,
                t.IsParty ? "TỈNH ỦY …" : "ỦY BAN NHÂN DÂN …",
                $"Không thấy tên cơ quan, tổ chức ban hành (chữ in hoa, góc trái tiêu đề){note.Vi}",
                $"The issuing body's name (capitals, top left of the letterhead) was not found{note.En}");
        }
    }

    private static LintFinding? Compared(string rule, LintTarget t, int at, string expected, string vi, string en)
    {
        var found = t.Lines[at];
        var where = t.Where(vi, en, at);
        return FixedWording.Compare(found, expected) switch
        {
            Wording.Exact => null,
            Wording.OldTonePlacement => LintTarget.Finding(rule, LintSeverity.Info, where, found, expected,
                $"{Cap(vi)} đặt dấu thanh kiểu cũ; mẫu của Nghị định 30 viết \"{expected}\"",
                $"The {en} uses the old tone placement; Decree 30's sample writes \"{expected}\""),
            Wording.Diacritics => LintTarget.Finding(rule, LintSeverity.Warning, where, found, expected,
                $"{Cap(vi)} sai dấu (có thể do phông chữ hoặc trích xuất PDF); phải là \"{expected}\"",
                $"A diacritic in the {en} differs (possibly a font or PDF-extraction look-alike); it must read \"{expected}\""),
            _ => LintTarget.Finding(rule, LintSeverity.Error, where, found, expected,
                $"{Cap(vi)} không đúng nguyên văn; phải là \"{expected}\"",
                $"The {en} is not worded exactly; it must read \"{expected}\""),
        };
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static string Fold(string line) => VietnameseText.Fold(line);
}
