namespace HuuNghi.Core.Common;

/// <summary>
/// The four ways a use case refuses work. Web maps each to one status code (400, 404, 403, 409) in one place;
/// the CLI maps them to exit code 1. Use cases throw them instead of returning error codes so a refusal can
/// never be ignored half-way through a write.
/// </summary>
public abstract class DomainException(Localized message) : Exception(message.Vi)
{
    public Localized Localized { get; } = message;
}

/// <summary>Bad input. <see cref="Errors"/> maps a field name ("" for the whole form) to its messages.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, Localized[]> errors)
    : DomainException(errors.Values.SelectMany(e => e).FirstOrDefault() ?? new Localized("Dữ liệu không hợp lệ.", "Invalid input."))
{
    public IReadOnlyDictionary<string, Localized[]> Errors { get; } = errors;

    public ValidationFailedException(string field, Localized message)
        : this(new Dictionary<string, Localized[]> { [field] = [message] }) { }
}

public sealed class NotFoundException(Localized message) : DomainException(message);

public sealed class ForbiddenException(Localized message) : DomainException(message)
{
    public ForbiddenException() : this(new Localized(
        "Bạn không có quyền với dữ liệu của đơn vị này.", "You have no access to this unit's data.")) { }
}

/// <summary>A duplicate, a stale edit, a state that no longer allows the change.</summary>
public sealed class ConflictException(Localized message) : DomainException(message);

/// <summary>A part the machine lacks (LibreOffice for PDF): the request was right, this installation cannot serve it.</summary>
public sealed class UnavailableException(Localized message) : DomainException(message);
