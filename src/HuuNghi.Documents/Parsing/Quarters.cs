namespace HuuNghi.Documents.Parsing;

/// <summary>"quý I/2025" → 1: quarters are written in Roman numerals (sometimes digits).</summary>
internal static class Quarters
{
    public static int FromNumeral(string q) => q.ToUpperInvariant() switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4,
        _ => int.TryParse(q, out var n) && n is >= 1 and <= 4 ? n : 0,
    };
}
