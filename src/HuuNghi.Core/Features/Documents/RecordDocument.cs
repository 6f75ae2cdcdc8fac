using System.Globalization;
using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Parsing.Model;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// Registers a document by hand — a paper letter at the front desk, or a document known only by what others say
/// of it — with the same linking as an import: it fills a placeholder, refuses a numbered twin, and links the
/// documents it cites.
/// </summary>
public sealed class RecordDocument(ImportDocuments store)
{
    public sealed record Cited(string Reference, string Kind, DateOnly? IssuedOn, string? Issuer);

    public sealed record Command(string Kind, string? Reference, DateOnly? IssuedOn, string? Issuer, string? Title,
        int? OwnerUnitId, IReadOnlyList<Cited> Cites, string? Place = null);

    public async Task<int> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        var check = new Validation();
        check.Require(Kinds.Contains(command.Kind), nameof(Command.Kind), $"Loại văn bản '{command.Kind}' không hợp lệ.", $"'{command.Kind}' is not a document kind.");
        check.Require(!string.IsNullOrWhiteSpace(command.Title) || !string.IsNullOrWhiteSpace(command.Reference), nameof(Command.Title),
            "Cần có số, ký hiệu hoặc trích yếu.", "A reference or a title is required.");
        check.Require(command.IssuedOn is null || command.IssuedOn.Value.Year is > 1945 and < 2200, nameof(Command.IssuedOn),
            "Ngày ban hành không hợp lệ.", "The issue date is not valid.");
        check.ThrowIfInvalid();
        var owner = ImportDocuments.OwnerFor(command.OwnerUnitId, scope);

        var (number, symbol) = Split(command.Reference);
        var doc = new ParsedDocument
        {
            Kind = command.Kind, Number = number, Symbol = symbol, Reference = command.Reference?.Trim(),
            IssuedOn = Iso(command.IssuedOn), Place = command.Place, Issuer = command.Issuer, Title = command.Title,
            Citations = command.Cites.Select(c => new Citation(c.Kind, c.Reference.Trim(), Iso(c.IssuedOn), c.Issuer)).ToList(),
        };
        var stored = await store.StoreAsync([doc], null, owner, scope, "nhập tay / entered by hand", ct);
        return stored[0].Id;
    }

    private static readonly HashSet<string> Kinds =
        ["directive", "plan", "action-program", "report", "dispatch", "decision", "decree", "conclusion", "resolution",
         "guidance", "notice", "regulation", "scheme", "minutes", "agreement", "circular", "other"];

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string? Number, string? Symbol) Split(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return (null, null);
        var r = reference.Trim();
        var digits = r.TakeWhile(char.IsDigit).Count();
        return digits == 0 ? (null, r.TrimStart('/', '-')) : (r[..digits], r[digits..].TrimStart('/', '-'));
    }
}
