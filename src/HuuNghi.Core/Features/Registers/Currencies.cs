namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// Currencies aid arrives in (ISO 4217). An amount outside đồng carries the rate the unit booked it at, so
/// every figure can be added up in đồng without an exchange-rate service the intranet cannot reach.
/// </summary>
public static class Currencies
{
    public const string Dong = "VND";

    public static readonly IReadOnlyList<string> All =
        [Dong, "USD", "EUR", "JPY", "KRW", "CNY", "AUD", "GBP", "CHF", "SGD", "THB", "KHR", "LAK", "CAD", "NZD", "SEK", "NOK", "DKK", "TWD"];

    public static string? Find(string? text)
    {
        var code = text?.Trim().ToUpperInvariant();
        if (code is "ĐỒNG" or "DONG" or "Đ" or "VNĐ") return Dong;
        return All.FirstOrDefault(c => c == code);
    }
}
