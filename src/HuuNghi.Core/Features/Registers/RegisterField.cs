using HuuNghi.Core.Common;

namespace HuuNghi.Core.Features.Registers;

public enum FieldKind { Text, Integer, Decimal, Money, Date, Boolean, Choice, Country, Currency, Partner }

public sealed record Choice(string Code, string Vi, string En)
{
    public string Label => new Localized(Vi, En).Current;
}

/// <summary>
/// One column of a register: how the form labels it, how a workbook heads it, how its value is read and
/// written on the record. Pages, import and export all work from these, so a field is described once.
/// Values are typed: string, long, decimal, DateOnly, bool, a choice code, a country or currency code, or
/// (for <see cref="FieldKind.Partner"/>) the partner's name on reading and a <c>Partner</c> on writing.
/// </summary>
public sealed class RegisterField
{
    public required string Name { get; init; }
    public required Localized Label { get; init; }
    public required FieldKind Kind { get; init; }
    public required Func<RegisterRecord, object?> Get { get; init; }
    public required Action<RegisterRecord, object?> Set { get; init; }
    public bool Required { get; init; }
    public int MaxLength { get; init; } = 300;
    public decimal? Min { get; init; }
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Whole numbers shown with thousands separators; off for a year, which reads "2023", not "2.023".</summary>
    public bool Grouped { get; init; } = true;

    /// <summary>Shown as a column of the list page (the rest only on the form).</summary>
    public bool Listed { get; init; }

    public bool IsLongText => Kind == FieldKind.Text && MaxLength > 300;
}
