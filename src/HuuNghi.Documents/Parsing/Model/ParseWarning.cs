namespace HuuNghi.Documents.Parsing.Model;

/// <summary>
/// A field the parser is unsure of, for the officer to confirm before storing. <see cref="Field"/> is the
/// contract field's JSON name (<c>title</c>, <c>issuer</c>, …), <see cref="Code"/> a stable code
/// (<c>title-not-found</c>, <c>issuer-from-signature</c>, …), <see cref="Message"/> Vietnamese / English.
/// </summary>
public sealed record ParseWarning(string Field, string Code, string Message);
