using System.Text.RegularExpressions;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Documents.Parsing;

/// <summary>
/// The issuing body, as specific as the copy allows: the header lines (the issuing body under its parent),
/// the signer's authority ("T/M BAN THƯỜNG VỤ" of a Party committee), the body's references to itself
/// ("UBND huyện Bình Sơn báo cáo …"), and the organisation in a digital signature.
/// </summary>
internal static partial class IssuerReader
{
    private static readonly string[] SelfVerbs = [" xây dựng ", " ban hành ", " báo cáo ", " hướng dẫn ", " thông báo "];
    private static readonly string[] LocalityWords = ["tinh", "huyen", "xa", "thanh pho", "thi xa", "thi tran", "quan", "phuong", "dac khu"];

    public static string? Read(List<string> headerLines, SignerInfo? signer, IEnumerable<string> body, List<DigitalSignature> stamps)
    {
        var fromHeader = FromHeader(headerLines);
        if (fromHeader is not null)
        {
            var boardOf = PartyBoard(fromHeader, signer);
            return Abbreviations.Expand(boardOf ?? fromHeader);
        }
        var selfNames = body.Select(SelfReference).Where(s => s is not null).Select(s => Abbreviations.Expand(s!)).ToList();
        var specific = selfNames.FirstOrDefault(HasLocality);
        if (specific is not null) return specific;
        var stamped = stamps.Select(s => s.Signer).FirstOrDefault(s => s is not null && LooksLikeBody(s));
        if (stamped is not null) return Abbreviations.Expand(stamped);
        return selfNames.FirstOrDefault();
    }

    // Lines that start with a locality word continue the line above ("LIÊN ĐOÀN LAO ĐỘNG" / "HUYỆN …").
    // The last group is the issuing body; a body without a place takes its parent's ("BAN DÂN VẬN" under
    // "TỈNH ỦY TÂY NINH"), or only the parent's place when the parent is a People's Committee.
    internal static string? FromHeader(List<string> lines)
    {
        if (lines.Count == 0) return null;
        var groups = new List<string>();
        foreach (var line in lines)
        {
            if (groups.Count > 0 && (StartsWithLocality(line) || EndsWithLocality(groups[^1]))) groups[^1] += " " + line.Trim();
            else groups.Add(line.Trim());
        }
        for (var g = 0; g < groups.Count; g++)
        {
            // Expand before re-casing, or "UBND" would become "Ubnd".
            groups[g] = Abbreviations.Expand(groups[g]);
        }
        var body = Casing.FromCaps(groups[^1]);
        if (groups.Count == 1 || HasLocality(body) || IsPartyCommittee(body)) return body;
        var parent = Casing.FromCaps(groups[^2]);
        var parentFold = TextLines.Fold(Abbreviations.Expand(parent));
        // The Central Committee's boards are named after it in short: "Ban Đối ngoại Trung ương".
        if (parentFold == CentralCommittee) return body + " Trung ương";
        // A committee's own office is the office of the committee, not a body of the place.
        if (parentFold.StartsWith("uy ban nhan dan") && TextLines.Fold(body) != "van phong")
        {
            var at = LocalityIndex(parent);
            return at >= 0 ? body + " " + parent[at..] : body;
        }
        return body + " " + parent;
    }

    private const string CentralCommittee = "ban chap hanh trung uong";

    // A Party document is issued by the body its signer acts for ("T/M BAN THƯỜNG VỤ", "T/M BAN BÍ THƯ"):
    // the header only names the committee. "T/M TỈNH ỦY" acts for the whole committee, whose formal name
    // is "Ban Chấp hành Đảng bộ tỉnh …".
    private static string? PartyBoard(string issuer, SignerInfo? signer)
    {
        if (signer is null) return null;
        var central = TextLines.Fold(issuer) == CentralCommittee;
        if (!central && !IsPartyCommittee(issuer)) return null;
        foreach (var line in signer.Authority)
        {
            var f = TextLines.Fold(line);
            if (central && f.Contains("ban bi thu")) return "Ban Bí thư";
            if (central && f.Contains("bo chinh tri")) return "Bộ Chính trị";
            if (f.Contains("ban thuong vu")) return "Ban Thường vụ " + issuer;
            if (f.Contains("ban chap hanh")) return "Ban Chấp hành " + issuer;
            if (!central && WholeCommittee(f, issuer) is { } whole) return whole;
        }
        return null;
    }

    private static readonly (string Folded, string Level)[] CommitteeLevels =
        [("tinh uy", "tỉnh"), ("huyen uy", "huyện"), ("thanh uy", "thành phố"), ("thi uy", "thị xã")];

    private static string? WholeCommittee(string foldedAuthority, string issuer)
    {
        var name = TextLines.Fold(issuer);
        foreach (var (folded, level) in CommitteeLevels)
        {
            if (!name.StartsWith(folded + " ", StringComparison.Ordinal) || !foldedAuthority.EndsWith(" " + folded, StringComparison.Ordinal)) continue;
            var place = issuer.Split(' ', 3) is [_, _, var rest] ? rest : null;
            return place is null ? null : $"Ban Chấp hành Đảng bộ {level} {place}";
        }
        return null;
    }

    private static string? SelfReference(string block)
    {
        if (!SelfVerbs.Any(v => block.Contains(v, StringComparison.Ordinal))) return null;
        var m = SelfName().Match(block);
        return m.Success ? m.Groups["org"].Value.Trim() : null;
    }

    private static bool IsPartyCommittee(string name) =>
        PartyCommittee().IsMatch(TextLines.Fold(name));

    internal static bool HasLocality(string name) => LocalityIndex(name) >= 0;

    // Index of the locality word ("huyện Bình Sơn") in the name; "Tỉnh ủy" is a Party body, not a place.
    private static int LocalityIndex(string name)
    {
        var words = name.Split(' ');
        var at = 0;
        for (var i = 0; i < words.Length - 1; at += words[i].Length + 1, i++)
        {
            var f = TextLines.Fold(words[i]);
            var two = TextLines.Fold(words[i] + " " + words[i + 1]);
            if (LocalityWords.Contains(two) && i + 2 < words.Length) return at;
            if (LocalityWords.Contains(f) && TextLines.Fold(words[i + 1]) != "uy") return at;
        }
        return -1;
    }

    private static bool StartsWithLocality(string line)
    {
        var f = TextLines.Fold(line);
        return LocalityWords.Any(w => f.StartsWith(w + " ", StringComparison.Ordinal)) && !PartyCommittee().IsMatch(f);
    }

    // A narrow header cell wraps "ỦY BAN NHÂN DÂN HUYỆN" / "THÁP MƯỜI": the place name runs on below.
    private static bool EndsWithLocality(string line)
    {
        var f = TextLines.Fold(line);
        return LocalityWords.Any(w => f == w || f.EndsWith(" " + w, StringComparison.Ordinal));
    }

    private static bool LooksLikeBody(string name) =>
        BodyHead().IsMatch(TextLines.Fold(name));

    [GeneratedRegex(@"^(tinh|huyen|thanh|thi|dang) uy\b|\b(tinh|huyen|thanh|thi|dang) uy\s")]
    private static partial Regex PartyCommittee();
    [GeneratedRegex(@"^(uy ban|ubnd|ban |so |lien doan|hoi |dang uy|huyen uy|tinh uy|mat tran|phong |van phong)")]
    private static partial Regex BodyHead();
    [GeneratedRegex(@"(?:^|[,;]\s*)(?<org>(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Ban Thường vụ|Ban Chấp hành|Ban [\p{Lu}]|Sở |Liên đoàn|Hội |Đảng ủy|Mặt trận|Ủy ban Mặt trận|Phòng |Văn phòng )[^,.;:()]{0,80}?)\s+(?:xây dựng|ban hành|kính báo cáo|báo cáo|hướng dẫn|thông báo)\s+(?:[Kk]ế hoạch|kết quả|[Cc]hương trình|[Hh]ướng dẫn|như sau|tình hình|[Qq]uy chế)")]
    private static partial Regex SelfName();
}
