namespace HuuNghi.Core.Data;

/// <summary>
/// A row that becomes read-only once it reaches a final state (a submitted report version). Every save refuses to
/// update or delete a row that was sealed when loaded, so no code path can rewrite what was submitted.
/// </summary>
public interface ISealed
{
    bool IsSealed { get; }
}
