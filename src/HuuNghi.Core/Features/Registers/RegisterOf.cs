using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Registers.Partners;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>A register over one entity type, with typed helpers to describe its fields.</summary>
public abstract class Register<T> : Register where T : RegisterRecord, new()
{
    public override IQueryable<RegisterRecord> Query(HuuNghiDbContext db) => Filter(db.Set<T>());
    protected virtual IQueryable<T> Filter(IQueryable<T> rows) => rows;
    public override RegisterRecord Create() => Initialise(new T());
    protected virtual T Initialise(T record) => record;
    public sealed override void Check(RegisterRecord record, Validation check) => Check((T)record, check);
    protected virtual void Check(T record, Validation check) { }

    protected static IQueryable<T> WithPartner(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, Partner?>> partner) =>
        rows.Include(partner);

    protected static RegisterField Date(string vi, string en, bool listed = true) => new()
    {
        Name = nameof(RegisterRecord.Date), Label = new(vi, en), Kind = FieldKind.Date, Required = true, Listed = listed,
        Get = r => r.Date, Set = (r, v) => r.Date = (DateOnly)v!,
    };

    protected static RegisterField Note() => Text(nameof(RegisterRecord.Note), "Ghi chú", "Note", r => r.Note, (r, v) => r.Note = v, max: 2000);

    protected static RegisterField Text(string name, string vi, string en, Func<T, string?> get, Action<T, string?> set,
        bool required = false, bool listed = false, int max = 300) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Text, Required = required, Listed = listed, MaxLength = max,
        Get = r => get((T)r), Set = (r, v) => set((T)r, (string?)v),
    };

    protected static RegisterField Integer(string name, string vi, string en, Func<T, int?> get, Action<T, int?> set,
        bool required = false, bool listed = false, bool grouped = true) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Integer, Required = required, Listed = listed, Min = 0, Grouped = grouped,
        Get = r => get((T)r) is { } n ? (long)n : null, Set = (r, v) => set((T)r, v is long n ? checked((int)n) : null),
    };

    protected static RegisterField Money(string name, string vi, string en, Func<T, decimal?> get, Action<T, decimal?> set,
        bool required = false, bool listed = false, FieldKind kind = FieldKind.Money) => new()
    {
        Name = name, Label = new(vi, en), Kind = kind, Required = required, Listed = listed, Min = 0,
        Get = r => get((T)r), Set = (r, v) => set((T)r, (decimal?)v),
    };

    protected static RegisterField DateOf(string name, string vi, string en, Func<T, DateOnly?> get, Action<T, DateOnly?> set,
        bool required = false, bool listed = false) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Date, Required = required, Listed = listed,
        Get = r => get((T)r), Set = (r, v) => set((T)r, (DateOnly?)v),
    };

    protected static RegisterField Flag(string name, string vi, string en, Func<T, bool> get, Action<T, bool> set) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Boolean,
        Get = r => get((T)r), Set = (r, v) => set((T)r, v is true),
    };

    protected static RegisterField Country(string name, string vi, string en, Func<T, string?> get, Action<T, string?> set,
        bool required = false, bool listed = false) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Country, Required = required, Listed = listed, MaxLength = 2,
        Get = r => get((T)r), Set = (r, v) => set((T)r, (string?)v),
    };

    protected static RegisterField Currency(string name, string vi, string en, Func<T, string> get, Action<T, string> set) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Currency, Required = true, MaxLength = 3,
        Get = r => get((T)r), Set = (r, v) => set((T)r, (string)v!),
    };

    protected static RegisterField Partner(string name, string vi, string en, Func<T, Partner?> get, Action<T, Partner> set,
        bool required = true, bool listed = true) => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Partner, Required = required, Listed = listed,
        Get = r => get((T)r)?.Name, Set = (r, v) => set((T)r, (Partner)v!),
    };

    protected static RegisterField Choice<TEnum>(string name, string vi, string en, Func<T, TEnum> get, Action<T, TEnum> set,
        IReadOnlyList<Choice> choices, bool listed = false) where TEnum : struct, Enum => new()
    {
        Name = name, Label = new(vi, en), Kind = FieldKind.Choice, Required = true, Listed = listed, Choices = choices,
        Get = r => get((T)r).ToString(), Set = (r, v) => set((T)r, Enum.Parse<TEnum>((string)v!)),
    };

    /// <summary>The usual cross-field rule: an end date is not before the start.</summary>
    protected static void EndNotBeforeStart(Validation check, DateOnly start, DateOnly? end, string endField = "EndDate") =>
        check.Require(end is null || end >= start, endField,
            "Ngày kết thúc không được trước ngày bắt đầu.", "The end date cannot be before the start date.");

    /// <summary>
    /// An amount in đồng is whole: the đồng has no smaller unit in use, so "1,5" there is a slip, not a value.
    /// Other currencies keep their cents.
    /// </summary>
    protected void WholeInDong(Validation check, string field, string currency, decimal? amount)
    {
        if (currency != Currencies.Dong || amount is not { } a || a == decimal.Truncate(a)) return;
        var label = Field(field)?.Label ?? new Localized(field, field);
        check.Require(false, field, $"{label.Vi}: số tiền bằng đồng không có phần thập phân.", $"{label.En}: an amount in đồng has no decimals.");
    }
}
