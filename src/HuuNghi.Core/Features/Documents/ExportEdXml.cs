using System.Globalization;
using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.EdXml;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// A stored document as an edXML package for an e-office system: the header from what HuuNghi knows of the
/// document (issuer as sender, receivers, number, place and date, type, subject, signer, first deadline, Nơi nhận)
/// and the original file attached byte for byte. Organisations are named by their identifier code (mã định danh),
/// the OrganId other e-office systems know; a unit without one by its unit code. A receiver HuuNghi cannot place is
/// written by name only, under ToPlaces.
/// </summary>
public sealed class ExportEdXml(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Result(string FileName, EdXmlPackage Package);

    /// <param name="To">Receivers chosen by the caller (unit codes); none: the units of the document's Nơi nhận HuuNghi can place.</param>
    public async Task<Result> HandleAsync(int documentId, IReadOnlyList<int> to, UnitScope scope, CancellationToken ct = default)
    {
        var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == documentId, ct)
            ?? throw new NotFoundException(new Localized($"Không có văn bản mã {documentId}.", $"There is no document with id {documentId}."));
        if (!scope.CanRead(d)) throw new ForbiddenException();
        var file = d.FileId is null ? null : await db.DocumentFiles.AsNoTracking().SingleAsync(f => f.Id == d.FileId, ct);
        if (file is null)
            throw new ValidationFailedException("document", new Localized(
                $"Văn bản {d.Reference ?? "#" + d.Id} không có tệp gốc để gửi kèm.", $"The document {d.Reference ?? "#" + d.Id} has no original file to attach."));

        var tree = await trees.GetAsync(db, ct);
        var day = IssuedDay(d.IssuedOn);
        var asOf = day ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var parsed = d.ParsedJson is null ? null : JsonSerializer.Deserialize<ParsedDocument>(d.ParsedJson, DocumentJson.Options);
        var places = parsed?.Distribution ?? [];
        var receivers = to.Count > 0 ? to : places.Select(p => tree.Resolve(p, d.IssuerUnitId, asOf)).OfType<int>().Distinct().ToList();
        var (number, notation) = EdXmlPackage.SplitReference(d.Reference);

        // The sender is the issuing body as the document names it, under the code of its unit (or the holder's).
        var senderUnit = d.IssuerUnitId ?? d.OwnerUnitId;
        if (senderUnit is null || tree.Find(senderUnit.Value) is null)
            throw new ValidationFailedException("document", new Localized(
                $"Cơ quan ban hành của văn bản {d.Reference ?? "#" + d.Id} chưa gắn với đơn vị nào, nên chưa có mã để ghi là nơi gửi.",
                $"The issuer of {d.Reference ?? "#" + d.Id} is not placed on a unit, so there is no code to name as the sender."));
        var from = Organ(tree, senderUnit, null, asOf) with { Name = d.Issuer ?? tree.NameOn(senderUnit.Value, asOf) };
        var package = new EdXmlPackage
        {
            From = from,
            To = [.. receivers.Select(id => Organ(tree, id, null, asOf))],
            CodeNumber = number,
            CodeNotation = notation,
            Place = d.Place,
            PromulgationDate = day,
            TypeName = ReportWriter.ReportSources.KindName(d.Kind),
            Subject = d.Title ?? d.Reference ?? file.FileName,
            SignerName = d.SignerName,
            SignerPosition = d.SignerPosition,
            DueDate = parsed?.Deadlines.Select(x => IssuedDay(x.Due)).OfType<DateOnly>().Order().Cast<DateOnly?>().FirstOrDefault(),
            ToPlaces = places,
            Traces = [new EdXmlTrace(from.Id, clock.GetLocalNow().DateTime)],
            Attachments = [new EdXmlAttachment(Guid.NewGuid().ToString("N"), file.FileName, ContentType(file.FileName), d.Title, file.Content)],
        };
        var name = (d.Reference ?? "van-ban-" + d.Id).Replace('/', '-') + ".edxml";
        return new Result(name, package);
    }

    private static EdXmlOrgan Organ(OrgTree tree, int? unitId, string? fallbackName, DateOnly day) =>
        unitId is { } id && tree.Find(id) is { } unit ? new EdXmlOrgan(unit.IdentifierCode ?? unit.Code, tree.NameOn(id, day)) : new EdXmlOrgan("", fallbackName ?? "");

    private static DateOnly? IssuedDay(string? iso) =>
        iso is { Length: 10 } && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
