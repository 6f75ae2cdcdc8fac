using HuuNghi.Core.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HuuNghi.Core.Features.Registers.Budget;

/// <summary>
/// One line of a unit's people-to-people foreign-affairs money for a year: where it comes from, what was
/// planned and what was spent, and for what. <see cref="RegisterRecord.Date"/> is 1 January of
/// <see cref="Year"/>, so period filters and the unit's existence check work as for every other register.
/// </summary>
public sealed class BudgetLine : RegisterRecord
{
    public int Year { get; set; }
    public BudgetSource Source { get; set; }
    public decimal Planned { get; set; }

    /// <summary>Empty until the unit reports what it spent; zero means nothing was spent.</summary>
    public decimal? Spent { get; set; }
    public string Currency { get; set; } = Currencies.Dong;
    public string Purpose { get; set; } = "";
}

public enum BudgetSource { StateBudget, Socialised, Sponsorship }

internal sealed class BudgetLineConfiguration : RegisterRecordConfiguration<BudgetLine>
{
    protected override void ConfigureMore(EntityTypeBuilder<BudgetLine> b)
    {
        b.Property(l => l.Planned).HasPrecision(20, 2);
        b.Property(l => l.Spent).HasPrecision(20, 2);
        b.Property(l => l.Currency).HasMaxLength(3);
        b.Property(l => l.Purpose).HasMaxLength(500);
    }
}

public sealed class BudgetRegister : Register<BudgetLine>
{
    // A year outside this span is a typing slip (a date, an amount) rather than a real budget year.
    private const int FirstYear = 1990, LastYear = 2100;

    public override string Name => "budget";
    public override Localized Title { get; } = new("Kinh phí đối ngoại nhân dân", "People-to-people foreign affairs budget");

    public override IReadOnlyList<RegisterField> Fields { get; } =
    [
        Integer(nameof(BudgetLine.Year), "Năm", "Year", l => l.Year, SetYear, required: true, listed: true, grouped: false),
        Choice(nameof(BudgetLine.Source), "Nguồn kinh phí", "Source", l => l.Source, (l, v) => l.Source = v,
        [
            new(nameof(BudgetSource.StateBudget), "Ngân sách", "State budget"),
            new(nameof(BudgetSource.Socialised), "Xã hội hóa", "Socialised (private contributions)"),
            new(nameof(BudgetSource.Sponsorship), "Tài trợ", "Sponsorship"),
        ], listed: true),
        Money(nameof(BudgetLine.Planned), "Dự toán", "Planned", l => l.Planned, (l, v) => l.Planned = v ?? 0, required: true, listed: true),
        Money(nameof(BudgetLine.Spent), "Đã chi", "Spent", l => l.Spent, (l, v) => l.Spent = v, listed: true),
        Currency(nameof(BudgetLine.Currency), "Tiền tệ", "Currency", l => l.Currency, (l, v) => l.Currency = v),
        Text(nameof(BudgetLine.Purpose), "Nội dung chi", "Purpose", l => l.Purpose, (l, v) => l.Purpose = v ?? "", required: true, max: 500),
        Note(),
    ];

    private static void SetYear(BudgetLine line, int? year)
    {
        line.Year = year ?? 0;
        if (year is >= FirstYear and <= LastYear) line.Date = new DateOnly(year.Value, 1, 1);
    }

    protected override void Check(BudgetLine record, Validation check)
    {
        check.Require(record.Year is >= FirstYear and <= LastYear, nameof(BudgetLine.Year),
            $"Năm phải từ {FirstYear} đến {LastYear}.", $"The year must be between {FirstYear} and {LastYear}.");
        WholeInDong(check, nameof(BudgetLine.Planned), record.Currency, record.Planned);
        WholeInDong(check, nameof(BudgetLine.Spent), record.Currency, record.Spent);
    }
}
