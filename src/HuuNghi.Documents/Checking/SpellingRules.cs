namespace HuuNghi.Documents.Checking;

/// <summary>
/// Misspellings met in the field's fixed phrases (a wrong tone or a dropped diacritic on a word every
/// document uses). Each rule is a pattern for the wrong form (whole words, case-insensitive) and the right
/// form; a match that already reads exactly as the right form is not an error (case-only rules).
/// </summary>
internal static class SpellingRules
{
    public static IReadOnlyList<(string Pattern, string Right)> Rules { get; } =
    [
        ("đổi ngoai", "đối ngoại"),
        ("đổi ngoại", "đối ngoại"),
        ("đối ngoai", "đối ngoại"),
        ("doi ngoai", "đối ngoại"),
        ("ngoai giao", "ngoại giao"),
        ("nhân dận", "nhân dân"),
        ("Ban Thương vụ", "Ban Thường vụ"),
        ("Ban Bí thu", "Ban Bí thư"),
        (@"Cũng cố(?! gắng)", "Củng cố"),
        ("hợp mặt kiều bào", "họp mặt kiều bào"),
        ("kiều bảo", "kiều bào"),
        ("tinh hình mới", "tình hình mới"),
        ("Mặt trận Tổ Quốc", "Mặt trận Tổ quốc"),
        ("hội nhập quốc tê", "hội nhập quốc tế"),
    ];
}
