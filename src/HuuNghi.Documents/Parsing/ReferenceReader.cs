using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>The "Số: 62/KH-UBND" / "Số 83-KH/TU" / "Số:   /BC-UBND" line.</summary>
internal static partial class ReferenceReader
{
    public static (string? Number, string? Symbol, string? Reference)? Read(string line)
    {
        var m = Line().Match(line);
        if (!m.Success) return null;
        var number = m.Groups["n"].Value;
        var sep = m.Groups["sep"].Value;
        var symbol = m.Groups["sym"].Value.Trim().TrimEnd('.', ',', ';');
        if (number.Length == 0 && symbol.Length == 0) return null;
        var reference = number + sep + symbol;
        return (number.Length == 0 ? null : number, symbol.Length == 0 ? null : symbol, reference.Length == 0 ? null : reference);
    }

    [GeneratedRegex(@"^Số\s*:?\s*(?<n>\d{0,6})\s*(?<sep>[/-])?\s*(?<sym>[\p{L}\d][\p{L}\d/\-.&]*)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Line();
}
