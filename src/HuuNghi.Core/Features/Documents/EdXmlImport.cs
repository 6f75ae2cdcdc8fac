using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.EdXml;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// An edXML package taken like any other file (<see cref="ImportDocuments"/>): its first attachment is the document,
/// stored byte for byte and parsed as usual, and the sender's header wins over the parse where it speaks (number,
/// date, place, issuer, subject, signer), each difference audited beside the parser's value as an officer's
/// correction would be. Further attachments (appendices) are stored as files of their own. The receivers are
/// and the sender placed on units by identifier code (mã định danh) first, then by unit code (what HuuNghi itself
/// writes for a unit without one); a receiver HuuNghi does not know is kept as text, flagged for mapping.
/// </summary>
public static class EdXmlImport
{
    public sealed record Receiver(string OrganId, string OrganName, int? UnitId);

    internal static async Task<ImportDocuments.Result> HandleAsync(ImportDocuments import, HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock,
        ImportDocuments.Command command, UnitScope scope, CancellationToken ct)
    {
        EdXmlPackage package;
        try
        {
            package = EdXmlReader.Read(new MemoryStream(command.Content, writable: false));
        }
        catch (EdXmlException e)
        {
            throw new ValidationFailedException("file", new Localized(e.Vi, e.En));
        }
        var tree = await trees.GetAsync(db, ct);
        var day = package.PromulgationDate ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var receivers = package.To.Select(o => new Receiver(o.Id, o.Name, UnitByOrganId(tree, o.Id, day))).ToList();
        // Held by the receiving unit the caller may act for, unless the caller named the holder.
        var owner = command.OwnerUnitId ?? receivers.Select(r => r.UnitId).OfType<int>().FirstOrDefault(id => scope.All || scope.Contains(id)) as int?;
        if (owner == 0) owner = null;

        var main = package.Attachments[0];
        // The file may bundle several documents (a letter forwarding a plan): the header speaks for the one it numbers.
        var (_, parsed) = ImportDocuments.ReadAndParse(main.Name, main.Content, command.MaxBytes);
        var key = ReferenceKey.Of(package.Reference);
        var index = Math.Max(0, parsed.ToList().FindIndex(d => key is not null && ReferenceKey.Of(d.Reference) == key));
        var header = new DocumentCorrection(index, Reference: package.Reference, IssuedOn: package.PromulgationDate?.ToString("yyyy-MM-dd"),
            Place: package.Place, Issuer: Blank(package.From.Name), Title: package.Subject, SignerName: package.SignerName, SignerPosition: package.SignerPosition);
        var arrival = new ImportDocuments.Receiving(Registry.IncomingRegister.Sources.EdXml, index, package.DueDate);
        var result = await import.HandleAsync(new ImportDocuments.Command(main.Name, main.Content, owner, command.MaxBytes, [header], arrival), scope, ct);
        // Every other receiver placed on a unit the caller may act for gets its own line too (the package names them all).
        if (index < result.Documents.Count)
        {
            var others = receivers.Select(r => r.UnitId).OfType<int>().Distinct().Where(id => id != owner && (scope.All || scope.Contains(id)))
                .Select(id => new Registry.IncomingRegister.Arrival(result.Documents[index].Id, id, Registry.IncomingRegister.Sources.EdXml, Deadline: package.DueDate)).ToList();
            if (others.Count > 0) await Registry.IncomingRegister.EnterAllAsync(db, others, ct);
        }
        var documents = result.Documents.ToList();
        if (!result.Unchanged && UnitByOrganId(tree, package.From.Id, day) is { } sender
            && result.Documents.FirstOrDefault(x => key is null || ReferenceKey.Of(x.Reference) == key) is { } numbered
            && await db.Documents.FindAsync([numbered.Id], ct) is { } stored && stored.IssuerUnitId != sender)
        {
            // The sender's OrganId places the issuer more surely than its name does (AuditingSave records the change).
            stored.IssuerUnitId = sender;
            await db.SaveChangesAsync(ct);
        }
        foreach (var appendix in package.Attachments.Skip(1))
            documents.AddRange((await import.HandleAsync(new ImportDocuments.Command(appendix.Name, appendix.Content, owner, command.MaxBytes,
                Arrival: ImportDocuments.Receiving.None), scope, ct)).Documents);
        return new ImportDocuments.Result(command.FileName, result.Unchanged, documents, receivers);
    }

    private static int? UnitByOrganId(OrgTree tree, string organId, DateOnly day) =>
        Match(tree, u => string.Equals(u.IdentifierCode, organId.Trim(), StringComparison.OrdinalIgnoreCase), day)
        ?? Match(tree, u => string.Equals(u.Code, organId.Trim(), StringComparison.OrdinalIgnoreCase), day);

    private static int? Match(OrgTree tree, Func<OrgUnit, bool> fits, DateOnly day) =>
        tree.Units.Where(fits).OrderByDescending(u => u.ExistsOn(day)).Select(u => (int?)u.Id).FirstOrDefault();

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
