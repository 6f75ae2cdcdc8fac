using System.Text.RegularExpressions;
using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.OrgUnits;

/// <summary>
/// The shape of an electronic identifier code (mã định danh) as QCVN 102:2016/BTTTT writes it and edXML carries it
/// as OrganId: <c>TTT.ZZ.YY.XXX</c>, read from the right. XXX is level 1, a capital letter and two digits (G01…
/// for ministries and central bodies, Hnn for a province's People's Committee, Knn for its People's Council, other
/// letters for the Party, the Assembly, the courts…); YY is level 2, ZZ level 3 and TTT level 4, digits, with 00 /
/// 000 for a level not used ("000.00.00.H49" is the province itself, "000.00.04.G14" a body one level under G14).
/// A level can only be used when the one above it is, so "000.05.00.H49" names nobody.
/// </summary>
public static partial class IdentifierCode
{
    [GeneratedRegex(@"^(?<l4>\d{3})\.(?<l3>\d{2})\.(?<l2>\d{2})\.(?<l1>[A-Z]\d{2})$")]
    private static partial Regex Shape();

    /// <summary>Trimmed and upper-cased; null for nothing typed.</summary>
    public static string? Normalize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToUpperInvariant();

    /// <summary>Why <paramref name="code"/> (already normalised) is not an identifier code, or null when it is one.</summary>
    public static Localized? Problem(string code)
    {
        var m = Shape().Match(code);
        if (!m.Success)
            return new Localized(
                $"Mã định danh \"{code}\" không đúng cấu trúc TTT.ZZ.YY.XXX (ví dụ 000.00.00.H49, 000.00.04.G14): mã cấp 1 là một chữ cái in hoa và hai chữ số, các cấp 2–4 là chữ số.",
                $"The identifier code \"{code}\" is not in the form TTT.ZZ.YY.XXX (e.g. 000.00.00.H49, 000.00.04.G14): level 1 is a capital letter and two digits, levels 2–4 are digits.");
        string l1 = m.Groups["l1"].Value, l2 = m.Groups["l2"].Value, l3 = m.Groups["l3"].Value, l4 = m.Groups["l4"].Value;
        if (l1[1..] == "00")
            return new Localized($"Mã định danh \"{code}\": mã cấp 1 không thể là {l1}.", $"The identifier code \"{code}\": level 1 cannot be {l1}.");
        if ((l3 != "00" && l2 == "00") || (l4 != "000" && l3 == "00"))
            return new Localized(
                $"Mã định danh \"{code}\" dùng một cấp dưới khi cấp trên nó để trống (00).",
                $"The identifier code \"{code}\" uses a lower level while the level above it is empty (00).");
        return null;
    }

    public static bool IsValid(string code) => Problem(code) is null;

    /// <summary>The code one level below <paramref name="parent"/> with sequence number <paramref name="n"/>; null past level 4.</summary>
    public static string? Child(string parent, int n)
    {
        var parts = parent.Split('.');
        if (parts[2] == "00") return $"{parts[0]}.{parts[1]}.{n:00}.{parts[3]}";
        if (parts[1] == "00") return $"{parts[0]}.{n:00}.{parts[2]}.{parts[3]}";
        if (parts[0] == "000") return $"{n:000}.{parts[1]}.{parts[2]}.{parts[3]}";
        return null;
    }
}
