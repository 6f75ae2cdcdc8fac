using System.Text.RegularExpressions;
using HuuNghi.Documents.Text;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// The comparison key of a unit name: folded (no diacritics, lower case), punctuation dropped and the
/// abbreviations documents use expanded, so "UBND huyện Tháp Mười" and "Ủy ban nhân dân huyện Tháp Mười" meet.
/// </summary>
public static partial class UnitNameKey
{
    private static readonly (Regex Pattern, string Replacement)[] Expansions =
    [
        (Word("ubnd"), "uy ban nhan dan"),
        (Word("hdnd"), "hoi dong nhan dan"),
        (Word("mttq"), "mat tran to quoc"),
        (Word("ldld"), "lien doan lao dong"),
        (Word("lhpn"), "lien hiep phu nu"),
        (Word("hlhpn"), "hoi lien hiep phu nu"),
        (Word("lhtn"), "lien hiep thanh nien"),
        (Word("ccb"), "cuu chien binh"),
        (Word("btv"), "ban thuong vu"),
        (Word("bch"), "ban chap hanh"),
        (Word("chqs"), "chi huy quan su"),
        (Word("tp"), "thanh pho"),
        (Word("vn"), "viet nam"),
        (Word("mat tran to quoc viet nam"), "mat tran to quoc"),
        (Word("thuong truc"), "thuong truc"),
    ];

    private static readonly string[] IgnoredPrefixes = ["de nghi ", "kinh gui "];

    public static string Of(string? name)
    {
        var key = NonWord().Replace(VietnameseText.Fold(name), " ");
        foreach (var (pattern, replacement) in Expansions) key = pattern.Replace(key, replacement);
        key = Spaces().Replace(key, " ").Trim();
        foreach (var prefix in IgnoredPrefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal)) key = key[prefix.Length..];
        return key;
    }

    /// <summary>The proper name of an area: "Tỉnh Đồng Tháp" → "dong thap", "Thị trấn Mỹ An" → "my an".</summary>
    public static string ProperNameOfArea(string areaName)
    {
        var key = Of(areaName);
        foreach (var levelWord in AreaWords)
            if (key.StartsWith(levelWord + " ", StringComparison.Ordinal)) return key[(levelWord.Length + 1)..];
        return key;
    }

    /// <summary>"so ngoai vu tinh" → "so ngoai vu".</summary>
    public static string WithoutTrailingAreaWord(string key)
    {
        foreach (var levelWord in AreaWords)
            if (key.EndsWith(" " + levelWord, StringComparison.Ordinal)) return key[..^(levelWord.Length + 1)];
        return key;
    }

    private static readonly string[] AreaWords = ["thanh pho", "thi xa", "thi tran", "dac khu", "tinh", "huyen", "quan", "xa", "phuong"];

    private static Regex Word(string w) => new($@"\b{Regex.Escape(w)}\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
