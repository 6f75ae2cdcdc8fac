namespace HuuNghi.Core.Common;

/// <summary>Collects field errors of one request, then throws them together so a form shows all at once.</summary>
public sealed class Validation
{
    private readonly Dictionary<string, List<Localized>> _errors = [];

    public Validation Require(bool ok, string field, string vi, string en)
    {
        if (!ok) Add(field, new Localized(vi, en));
        return this;
    }

    /// <summary>Longest title a person types (a plan, a task, a report request): far above any real one.</summary>
    public const int TitleMax = 1_000;

    /// <summary>Longest body text (a report draft): a long report is 50 pages, well under this.</summary>
    public const int ContentMax = 200_000;

    /// <summary>A value a JSON body left out (null, or a date that stayed 0001-01-01) named as missing.</summary>
    public Validation Present(object? value, string field)
    {
        if (value is null || value is DateOnly d && d == default)
            Add(field, new Localized($"Thiếu '{field}'.", $"'{field}' is missing."));
        return this;
    }

    /// <summary>Ids are positive: 0 or -1 from a client is a mistake, not a record.</summary>
    public Validation Id(int? id, string field)
    {
        if (id is <= 0) Add(field, new Localized($"'{field}' phải là mã lớn hơn 0.", $"'{field}' must be an id above 0."));
        return this;
    }

    public Validation Ids(IEnumerable<int>? ids, string field)
    {
        if (ids is not null && ids.Any(i => i <= 0)) Id(0, field);
        return this;
    }

    /// <summary>A number sent for an enum binds even when no member has it (99).</summary>
    public Validation Known<TEnum>(TEnum? value, string field) where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
            Add(field, new Localized($"'{field}' có giá trị không có trong danh sách ({v}).", $"'{field}' has a value that is not in the list ({v})."));
        return this;
    }

    public Validation MaxLength(string? text, int max, string field)
    {
        if (text is not null && text.Length > max)
            Add(field, new Localized($"'{field}' dài quá {max:N0} ký tự.", $"'{field}' is longer than {max:N0} characters."));
        return this;
    }

    public void Add(string field, Localized message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Every message, in field order: what an import reports for one rejected row.</summary>
    public IReadOnlyList<Localized> Messages => _errors.Values.SelectMany(m => m).ToList();

    public void ThrowIfInvalid()
    {
        if (HasErrors) throw new ValidationFailedException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
