using System.Globalization;

namespace HuuNghi.Documents.Writing.Xlsx;

public enum XlsxValueKind
{
    Empty,
    Text,
    Integer,
    Decimal,

    /// <summary>An amount in đồng, shown "115.000.000 đồng" (separators follow the reader's Excel locale).</summary>
    Money,

    /// <summary>A calendar date stored as a real Excel date and shown dd/MM/yyyy.</summary>
    Date,
    Boolean,
}

/// <summary>
/// One typed cell, the same shape for writing and reading so a round trip compares equal. Integers, decimals and money
/// are all numbers in the file; the number format tells them apart when read back.
/// </summary>
public readonly record struct XlsxValue
{
    private XlsxValue(XlsxValueKind kind, string? text = null, decimal number = 0, DateOnly date = default, bool boolean = false)
    {
        Kind = kind;
        TextValue = text;
        NumberValue = number;
        DateValue = date;
        BooleanValue = boolean;
    }

    public XlsxValueKind Kind { get; }
    public string? TextValue { get; }
    public decimal NumberValue { get; }
    public DateOnly DateValue { get; }
    public bool BooleanValue { get; }

    public static XlsxValue Empty { get; } = new(XlsxValueKind.Empty);

    public static XlsxValue Text(string? text) => string.IsNullOrEmpty(text) ? Empty : new(XlsxValueKind.Text, text: text);
    public static XlsxValue Integer(long value) => new(XlsxValueKind.Integer, number: value);
    public static XlsxValue Decimal(decimal value) => new(XlsxValueKind.Decimal, number: value);
    public static XlsxValue Money(decimal value) => new(XlsxValueKind.Money, number: value);
    public static XlsxValue Date(DateOnly value) => new(XlsxValueKind.Date, date: value);
    public static XlsxValue Boolean(bool value) => new(XlsxValueKind.Boolean, boolean: value);

    public static XlsxValue Integer(long? value) => value is { } v ? Integer(v) : Empty;
    public static XlsxValue Decimal(decimal? value) => value is { } v ? Decimal(v) : Empty;
    public static XlsxValue Money(decimal? value) => value is { } v ? Money(v) : Empty;
    public static XlsxValue Date(DateOnly? value) => value is { } v ? Date(v) : Empty;
    public static XlsxValue Boolean(bool? value) => value is { } v ? Boolean(v) : Empty;

    public bool IsEmpty => Kind == XlsxValueKind.Empty;

    /// <summary>How an importer shows the value back to a user: dates dd/MM/yyyy, numbers with Vietnamese separators.</summary>
    public override string ToString() => Kind switch
    {
        XlsxValueKind.Text => TextValue!,
        XlsxValueKind.Integer or XlsxValueKind.Decimal => NumberValue.ToString("#,##0.############", Vietnamese),
        XlsxValueKind.Money => NumberValue.ToString("#,##0.##", Vietnamese) + " đồng",
        XlsxValueKind.Date => DateValue.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        XlsxValueKind.Boolean => BooleanValue ? "Có" : "Không",
        _ => "",
    };

    private static readonly CultureInfo Vietnamese = new("vi-VN");
}
