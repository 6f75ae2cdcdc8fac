using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>The numbering that structures a body: "II.", "1.", "2.3.", "a)", dashes and bullets.</summary>
internal static partial class OutlineMarkers
{
    public static bool IsRoman(string line) => line.Length > 2 && line[0] is 'I' or 'V' or 'X' && Roman().IsMatch(line);

    /// <summary>"III. TỔ CHỨC THỰC HIỆN" → ("III", "TỔ CHỨC THỰC HIỆN").</summary>
    public static (string Numeral, string Text)? ReadRoman(string line)
    {
        if (!IsRoman(line)) return null;
        var m = Roman().Match(line);
        return (m.Groups["r"].Value, line[m.Length..].Trim());
    }

    /// <summary>"2.3. Tổ chức …" → ("2.3", "Tổ chức …").</summary>
    public static (string Path, string Text)? ReadNumbered(string line)
    {
        if (line.Length < 3 || !char.IsAsciiDigit(line[0])) return null;
        var m = Numbered().Match(line);
        return m.Success ? (m.Groups["n"].Value, line[m.Length..].Trim()) : null;
    }

    /// <summary>"a) Triển khai …" → ("a", "Triển khai …").</summary>
    public static (string Letter, string Text)? ReadLettered(string line)
    {
        if (line.Length < 3 || line[1] is not (')' or '.')) return null;
        var m = Lettered().Match(line);
        return m.Success ? (m.Groups["l"].Value, line[m.Length..].Trim()) : null;
    }

    public static bool IsBullet(string line) => line.Length > 1 && line[0] is '-' or '–' or '+' or '•' or '*' && Bullet().IsMatch(line);

    /// <summary>Any line that starts a new unit of structure and so never continues the previous one.</summary>
    public static bool IsStructural(string line) =>
        IsRoman(line) || ReadNumbered(line) is not null || ReadLettered(line) is not null || IsBullet(line) || TextLines.IsCaps(line);

    [GeneratedRegex(@"^(?<r>[IVX]{1,5})\s*[.)/\-–]\s+(?=\S)")]
    private static partial Regex Roman();
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*)(?:\.|\.?\))\s*(?=[\p{Lu}""“(\p{Ll}])|^(?<n>\d{1,2}(?:\.\d{1,2})+)\s+(?=\p{Lu})")]
    private static partial Regex Numbered();
    [GeneratedRegex(@"^(?<l>[a-zđ])(?:\)\s*|\.\s+)(?=\S)")]
    private static partial Regex Lettered();
    [GeneratedRegex(@"^[-–+•*]\s*\S")]
    private static partial Regex Bullet();
}
