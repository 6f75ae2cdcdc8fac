using System.Security.Cryptography;
using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Documents.EdXml;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Parsing;
using HuuNghi.Documents.Parsing.Model;
using HuuNghi.Documents.Reading;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// Stores one file's documents with the original bytes, linking their citations to stored documents or to
/// placeholders. The same file twice changes nothing (SHA-256); a different file claiming a stored numbered
/// reference is a conflict, never an overwrite. One file is one transaction: callers loop, so a bad file never
/// stops the others.
/// </summary>
public sealed class ImportDocuments(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock, ICurrentActor actor)
{
    /// <param name="Corrections">What the officer changed on the upload page, per document of the file.</param>
    /// <param name="Arrival">How the file reached its owner, when the owner receives it (null: uploaded, its first document).</param>
    public sealed record Command(string FileName, byte[] Content, int? OwnerUnitId = null, long MaxBytes = ReadOptions.DefaultMaxBytes,
        IReadOnlyList<DocumentCorrection>? Corrections = null, Receiving? Arrival = null);

    /// <summary>Which document of the file the owner enters in its incoming register, how it came and by when to handle it; no source: none.</summary>
    public sealed record Receiving(string? Source, int Index = 0, DateOnly? Deadline = null)
    {
        public static readonly Receiving Upload = new(Registry.IncomingRegister.Sources.Upload);
        public static readonly Receiving None = new(Source: null);
    }

    public sealed record Imported(int Id, string? Reference, string Kind, int? PlanId);
    /// <param name="Receivers">For an edXML package: the receivers its header names, each placed on a unit or not (kept as text, to map).</param>
    public sealed record Result(string FileName, bool Unchanged, IReadOnlyList<Imported> Documents, IReadOnlyList<EdXmlImport.Receiver>? Receivers = null);

    /// <summary>Who may store documents: those who keep records, not readers (Viewer) or leaders who only sign and look.</summary>
    public static readonly string[] Storers = [Roles.Administrator, Roles.FocalOfficer, Roles.UnitOfficer];

    public async Task<Result> HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        command = command with { OwnerUnitId = OwnerFor(command.OwnerUnitId, scope) };
        if (EdXmlReader.Looks(command.Content, command.FileName)) return await EdXmlImport.HandleAsync(this, db, trees, clock, command, scope, ct);
        var sha = Convert.ToHexString(SHA256.HashData(command.Content)).ToLowerInvariant();
        var knownFile = await db.DocumentFiles.Where(f => f.Sha256 == sha).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        if (knownFile is { } fileId)
        {
            var known = await db.Documents.Where(d => d.FileId == fileId).OrderBy(d => d.FileIndex)
                .Select(d => new Imported(d.Id, d.Reference, d.Kind, db.Plans.Where(p => p.DocumentId == d.Id).Select(p => (int?)p.Id).FirstOrDefault())).ToListAsync(ct);
            // Stored before, perhaps for another unit: this owner still gets its own arrival, once (ADR 13).
            await ReceiveKnownAsync(known, command, ct);
            return new Result(command.FileName, true, known);
        }

        var (text, documents) = ReadAndParse(command.FileName, command.Content, command.MaxBytes);
        var changes = documents.Select(_ => (IReadOnlyList<DocumentCorrection.Change>)[]).ToArray();
        foreach (var correction in command.Corrections ?? [])
        {
            if (correction.Index < 0 || correction.Index >= documents.Count)
                throw new ValidationFailedException("file", new Localized($"Tệp không có văn bản thứ {correction.Index + 1}.", $"The file has no document number {correction.Index + 1}."));
            changes[correction.Index] = correction.ApplyTo(documents[correction.Index]);
        }

        var file = new DocumentFile { FileName = Path.GetFileName(command.FileName), Sha256 = sha, Size = command.Content.LongLength, Content = command.Content, ImportedAt = clock.GetUtcNow().UtcDateTime };
        var stored = await StoreAsync(documents, file, command.OwnerUnitId, scope, command.FileName, ct, text, changes, command.Arrival ?? Receiving.Upload);
        return new Result(command.FileName, false, stored);
    }

    private async Task ReceiveKnownAsync(IReadOnlyList<Imported> known, Command command, CancellationToken ct)
    {
        var receiving = command.Arrival ?? Receiving.Upload;
        if (command.OwnerUnitId is not { } owner || receiving.Source is not { } source || receiving.Index >= known.Count) return;
        var id = known[receiving.Index].Id;
        var document = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.IssuerUnitId, d.ParsedJson }).FirstAsync(ct);
        if (document.IssuerUnitId == owner) return;
        var receipt = document.ParsedJson is null ? null : JsonSerializer.Deserialize<ParsedDocument>(document.ParsedJson, DocumentJson.Options)?.Receipt;
        await Registry.IncomingRegister.EnterAllAsync(db, [Registry.IncomingRegister.FromStamp(id, owner, source, receipt, receiving.Deadline)], ct);
    }

    /// <summary>
    /// The unit a stored document belongs to: the one chosen within the caller's scope, or else the caller's own unit.
    /// Only the unrestricted scope (the CLI, an administrator) may leave it to the issuer the text names: for anyone
    /// else the parsed issuer is a fact about the document, never a grant of ownership (a district cannot file a
    /// letter as the province's by writing the province's name in its header).
    /// </summary>
    internal static int? OwnerFor(int? chosen, UnitScope scope)
    {
        scope.DemandRole(Storers);
        if (chosen is { } unit)
        {
            scope.Demand(unit);
            return unit;
        }
        if (scope.All) return null;
        return scope.OwnUnitIds.Count > 0 ? scope.OwnUnitIds[0] : throw new ForbiddenException(new Localized(
            "Tài khoản chưa thuộc đơn vị nào nên không lưu được văn bản.", "Your account belongs to no unit, so it cannot store documents."));
    }

    /// <summary>The file's text and documents, or a refusal saying what is wrong with the file. No database.</summary>
    internal static (string Text, IReadOnlyList<ParsedDocument> Documents) ReadAndParse(string fileName, byte[] content, long maxBytes)
    {
        var read = DocumentReader.Read(content, fileName, new ReadOptions { MaxBytes = maxBytes });
        if (read.Error is { } error) throw new ValidationFailedException("file", Bilingual(error.Message));
        var parsed = DocumentParser.ParseText(read.Text!, fileName);
        if (parsed.Error is { } parseError) throw new ValidationFailedException("file", Bilingual(parseError.Message));
        if (parsed.Documents.Count == 0)
            throw new ValidationFailedException("file", new Localized("Không tìm thấy văn bản nào trong tệp.", "No document was found in the file."));
        return (read.Text!, parsed.Documents);
    }

    /// <summary>
    /// Stores parsed documents (with their file, when there is one) in one transaction: claims placeholders,
    /// refuses numbered twins, links citations. Manual registration (<see cref="RecordDocument"/>) uses it too.
    /// </summary>
    internal async Task<IReadOnlyList<Imported>> StoreAsync(IReadOnlyList<ParsedDocument> documents, DocumentFile? file, int? owner, UnitScope scope,
        string source, CancellationToken ct, string? fullText = null, IReadOnlyList<IReadOnlyList<DocumentCorrection.Change>>? corrections = null,
        Receiving? receiving = null)
    {
        var tree = await trees.GetAsync(db, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (file is not null) db.DocumentFiles.Add(file);
        var stored = new List<(Document Entity, ParsedDocument Parsed)>();
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            var entity = await ClaimAsync(doc, source, withFile: file is not null, owner, scope, ct);
            Fill(entity, doc, tree, owner, fullText);
            entity.FileIndex = file is null ? null : i;
            stored.Add((entity, doc));
        }
        await db.SaveChangesAsync(ct);
        if (file is not null) foreach (var entity in stored.Select(s => s.Entity)) entity.FileId = file.Id;
        for (var i = 0; corrections is not null && i < corrections.Count; i++)
            if (corrections[i].Count > 0) db.AuditEntries.Add(CorrectionEntry(stored[i].Entity.Id, corrections[i]));
        // A filled placeholder or hand entry now cites what its own text says, not what was guessed before.
        var refilled = stored.Select(s => s.Entity.Id).ToList();
        db.DocumentCitations.RemoveRange(await db.DocumentCitations.Where(c => refilled.Contains(c.FromDocumentId)).ToListAsync(ct));
        foreach (var (entity, doc) in stored) await LinkCitationsAsync(entity, doc, tree, ct);
        await db.SaveChangesAsync(ct);
        // Plans after citations, so a plan finds the higher plan it implements.
        var matcher = await AssigneeMatcher.LoadAsync(db, trees, ct);
        var plans = new List<int?>();
        foreach (var (entity, doc) in stored)
            // A plan assigns work in its issuer's name: made only by someone who may write for that issuer. Anyone else
            // keeps the document as a received copy; the plan comes when its issuer (or an administrator) stores it.
            plans.Add(entity.IssuerUnitId is { } issuer && !scope.Contains(issuer) ? null : await PlanImport.EnsurePlanAsync(db, matcher, entity, doc, DayOf(doc), clock.GetUtcNow().UtcDateTime, ct));
        // A unit holding a document it did not issue has received it: entered in its incoming register in this transaction.
        if (owner is { } receiver && receiving?.Source is { } how && receiving.Index < stored.Count && stored[receiving.Index].Entity.IssuerUnitId != receiver)
        {
            var (entity, doc) = stored[receiving.Index];
            await Registry.IncomingRegister.EnterAsync(db, Registry.IncomingRegister.FromStamp(entity.Id, receiver, how, doc.Receipt, receiving.Deadline), ct);
        }
        await tx.CommitAsync(ct);
        return stored.Select((s, i) => new Imported(s.Entity.Id, s.Entity.Reference, s.Entity.Kind, plans[i])).ToList();
    }

    /// <summary>
    /// The row this document fills: a placeholder, or a record entered by hand that now gets its file; otherwise a
    /// new row. A numbered twin of the same owner that already has its own file (or, for a hand entry, any stored
    /// twin) is a conflict. Rows of units the caller cannot write are never filled or refused against: the caller
    /// stores its own copy, and both units see on the document's page that another copy exists (ADR 14).
    /// </summary>
    private async Task<Document> ClaimAsync(ParsedDocument doc, string fileName, bool withFile, int? owner, UnitScope scope, CancellationToken ct)
    {
        var key = ReferenceKey.Of(doc.Reference);
        if (key is null || !ReferenceKey.IsNumbered(doc.Reference)) return Track(new Document { Kind = doc.Kind });
        var year = ReferenceKey.YearOf(doc.IssuedOn);
        var twins = (await db.Documents.Where(d => d.ReferenceKey == key && (year == null || d.IssuedYear == null || d.IssuedYear == year)).ToListAsync(ct))
            .Where(d => Claimable(d, owner, scope)).ToList();
        if (twins.FirstOrDefault(d => !d.IsPlaceholder && (d.FileId != null || !withFile)) is { } claimed)
        {
            if (claimed.FileId is null)
                throw new ConflictException(new Localized(
                    $"Văn bản số {doc.Reference} ({claimed.Issuer}) đã có trong hệ thống; không đăng ký trùng.",
                    $"Document {doc.Reference} ({claimed.Issuer}) is already recorded; it will not be recorded twice."));
            var from = await db.DocumentFiles.Where(f => f.Id == claimed.FileId).Select(f => f.FileName).FirstAsync(ct);
            throw new ConflictException(new Localized(
                $"Văn bản số {doc.Reference} đã được lưu từ tệp khác ({from}); tệp '{Path.GetFileName(fileName)}' không được ghi đè lên văn bản đó.",
                $"Document {doc.Reference} is already stored from another file ({from}); '{Path.GetFileName(fileName)}' will not overwrite it."));
        }
        return twins.OrderBy(d => d.IsPlaceholder).FirstOrDefault() ?? Track(new Document { Kind = doc.Kind });
    }

    /// <summary>
    /// Whether a stored twin is this caller's to fill or to be refused against. Unrestricted callers without a chosen
    /// owner: every twin (one record per reference). Otherwise: rows of the same owner, and ownerless rows
    /// (placeholders, records without an owner) of an issuer inside the scope or of no known issuer. A row with a file
    /// belongs to its owner alone: another unit's different file is that unit's copy, not a conflict.
    /// </summary>
    private static bool Claimable(Document d, int? owner, UnitScope scope)
    {
        if (owner is null) return scope.All;
        if (d.OwnerUnitId == owner) return true;
        if (d.FileId != null) return false;
        return d.OwnerUnitId is { } other ? scope.Contains(other) : d.IssuerUnitId is not { } issuer || scope.Contains(issuer);
    }

    private Document Track(Document d)
    {
        db.Documents.Add(d);
        return d;
    }

    private void Fill(Document entity, ParsedDocument doc, OrgTree tree, int? owner, string? fullText)
    {
        var day = DayOf(doc);
        entity.Kind = doc.Kind;
        entity.Number = doc.Number;
        entity.Symbol = doc.Symbol;
        entity.Reference = doc.Reference;
        entity.ReferenceKey = ReferenceKey.Of(doc.Reference);
        entity.IssuedOn = doc.IssuedOn;
        entity.IssuedYear = ReferenceKey.YearOf(doc.IssuedOn);
        entity.Place = doc.Place;
        entity.Issuer = doc.Issuer;
        entity.IssuerUnitId = doc.Issuer is null ? null : tree.Resolve(doc.Issuer, owner, day);
        entity.Title = doc.Title;
        entity.SignerName = doc.Signer?.Name;
        entity.SignerPosition = doc.Signer?.Position;
        entity.ParsedJson = JsonSerializer.Serialize(doc, DocumentJson.Options);
        entity.IsPlaceholder = false;
        entity.OwnerUnitId = owner ?? entity.IssuerUnitId;
        entity.RecordedAt = clock.GetUtcNow().UtcDateTime;
        // The file's whole text is searchable (a bundle's documents share it): officers search by what a letter says.
        entity.SearchText = SearchTextOf(doc.Reference, doc.Title, doc.Issuer, doc.Place, doc.Signer?.Name, string.Join(" ", doc.Addressees), fullText);
    }

    private async Task LinkCitationsAsync(Document from, ParsedDocument doc, OrgTree tree, CancellationToken ct)
    {
        var position = 0;
        foreach (var citation in doc.Citations)
        {
            var key = ReferenceKey.Of(citation.Reference);
            if (key is null || key == from.ReferenceKey) continue;
            var year = ReferenceKey.YearOf(citation.IssuedOn);
            var candidates = await db.Documents.Where(d => d.ReferenceKey == key).ToListAsync(ct);
            var target = candidates.OrderBy(d => d.IsPlaceholder).FirstOrDefault(d => year is null || d.IssuedYear is null || d.IssuedYear == year);
            if (target is null)
            {
                var day = DayOf(citation.IssuedOn) ?? new DateOnly(2000, 1, 1);
                target = Track(new Document
                {
                    Kind = citation.Kind, Reference = citation.Reference, ReferenceKey = key, IssuedOn = citation.IssuedOn,
                    IssuedYear = year, Issuer = citation.Issuer, IsPlaceholder = true, RecordedAt = clock.GetUtcNow().UtcDateTime,
                    IssuerUnitId = citation.Issuer is null ? null : tree.Resolve(citation.Issuer, from.IssuerUnitId, day),
                    SearchText = SearchTextOf(citation.Reference, null, citation.Issuer, null, null, null),
                });
                await db.SaveChangesAsync(ct);
            }
            db.DocumentCitations.Add(new DocumentCitation
            {
                FromDocumentId = from.Id, ToDocumentId = target.Id, Position = position++, Reference = citation.Reference,
                StatedIssuedOn = citation.IssuedOn, StatedIssuer = citation.Issuer,
            });
        }
    }

    /// <summary>The parser's values beside the officer's, so the trail shows what reading the file gave.</summary>
    private Audit.AuditEntry CorrectionEntry(int documentId, IReadOnlyList<DocumentCorrection.Change> changes) => new()
    {
        At = clock.GetUtcNow().UtcDateTime, UserId = actor.UserId, UserName = actor.Name, Action = "Corrected",
        EntityType = nameof(Document), EntityId = documentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Before = JsonSerializer.Serialize(changes.ToDictionary(c => c.Field, c => c.Parsed)),
        After = JsonSerializer.Serialize(changes.ToDictionary(c => c.Field, c => c.Corrected)),
    };

    private DateOnly DayOf(ParsedDocument doc) => PlanImport.DayOf(doc, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    internal static string SearchTextOf(params string?[] parts) =>
        VietnameseText.Fold(string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p))));

    internal static DateOnly? DayOf(string? iso) =>
        iso is { Length: 10 } && DateOnly.TryParse(iso, out var d) ? d
        : iso is { Length: 7 } && DateOnly.TryParse(iso + "-01", out var m) ? m
        : iso is { Length: 4 } && int.TryParse(iso, out var y) && y is > 1900 and < 2200 ? new DateOnly(y, 1, 1) : null;

    private static Localized Bilingual(string message)
    {
        var parts = message.Split(" / ", 2);
        return parts.Length == 2 ? new Localized(parts[0], parts[1]) : new Localized(message, message);
    }
}
