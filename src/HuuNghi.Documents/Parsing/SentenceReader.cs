using System.Text.RegularExpressions;

namespace HuuNghi.Documents.Parsing;

/// <summary>The first sentence of a paragraph: up to the first full stop that ends a sentence.</summary>
internal static partial class SentenceReader
{
    public static string First(string text)
    {
        foreach (Match m in Stop().Matches(text))
        {
            var before = text[..m.Index];
            // "TP. Hồ Chí Minh", "Q. 1": a short capital abbreviation is not a sentence end.
            if (Abbreviation().IsMatch(before)) continue;
            return before + ".";
        }
        return text.EndsWith("./.", StringComparison.Ordinal) ? text[..^2] : text;
    }

    [GeneratedRegex(@"\.(?=\s+[\p{Lu}""“(])")]
    private static partial Regex Stop();
    [GeneratedRegex(@"(?:^|\s)(?:TP|TX|TT|Q|P|Tp|ThS|TS|PGS|GS|Th)$")]
    private static partial Regex Abbreviation();
}
