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
