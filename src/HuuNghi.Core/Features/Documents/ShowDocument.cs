using System.Text.Json;
using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// One document with the citation graph both ways (what it cites, and what cites it), and the other units' copies
/// of the same reference: a different file stored elsewhere under this number is shown to both owners, never merged (ADR 14).
/// </summary>
public sealed class ShowDocument(HuuNghiDbContext db)
{
    public sealed record CitationRow(string Reference, string Kind, string? IssuedOn, string? Issuer, int TargetId, int? DocumentId, string? Title);
    public sealed record CitedByRow(int DocumentId, string Kind, string? Reference, string? IssuedOn, string? Issuer, string? Title, string? StatedIssuedOn);
    /// <summary>Another unit's row under the same reference: only who holds it and since when, never its content.</summary>
    public sealed record OtherCopy(int? OwnerUnitId, string? OwnerName, bool HasFile, DateTime RecordedAt);
    public sealed record Details(int Id, string Kind, string? Number, string? Symbol, string? Reference, string? IssuedOn, string? Place,
        string? Issuer, int? IssuerUnitId, string? Title, bool IsPlaceholder, int? FileId, string? FileName, JsonElement? Parsed,
        IReadOnlyList<CitationRow> Citations, IReadOnlyList<CitedByRow> CitedBy, int? OwnerUnitId = null, IReadOnlyList<OtherCopy>? OtherCopies = null);

    public async Task<Details> ByReferenceAsync(string reference, UnitScope scope, CancellationToken ct = default)
    {
        var key = ReferenceKey.Of(reference);
        var id = await db.Documents.VisibleTo(scope).Where(d => d.ReferenceKey == key)
            .OrderBy(d => d.IsPlaceholder).ThenByDescending(d => d.IssuedYear).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(new Localized($"Chưa lưu văn bản số {reference}.", $"No stored document {reference}."));
        return await HandleAsync(id, scope, ct);
    }

    public async Task<Details> HandleAsync(int id, UnitScope scope, CancellationToken ct = default)
    {
        var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException(new Localized($"Không có văn bản mã {id}.", $"There is no document with id {id}."));
        if (!scope.CanRead(d)) throw new ForbiddenException();
        // A cited document stored by a unit outside the reader's scope shows as cited, not what it says.
        var citations = await db.DocumentCitations.Where(c => c.FromDocumentId == id).OrderBy(c => c.Position)
            .Join(db.Documents, c => c.ToDocumentId, t => t.Id, (c, t) => new { c, t.Kind, t.IsPlaceholder, t.Title, Visible = db.Documents.VisibleTo(scope).Any(v => v.Id == t.Id) })
            .Select(x => new CitationRow(x.c.Reference, x.Kind, x.c.StatedIssuedOn, x.c.StatedIssuer, x.c.ToDocumentId,
                x.IsPlaceholder || !x.Visible ? null : x.c.ToDocumentId, x.Visible ? x.Title : null))
            .ToListAsync(ct);
        var citedBy = await db.DocumentCitations.Where(c => c.ToDocumentId == id)
            .Join(db.Documents.VisibleTo(scope), c => c.FromDocumentId, f => f.Id, (c, f) => new CitedByRow(f.Id, f.Kind, f.Reference, f.IssuedOn, f.Issuer, f.Title, c.StatedIssuedOn))
            .ToListAsync(ct);
        var fileName = d.FileId is null ? null : await db.DocumentFiles.Where(f => f.Id == d.FileId).Select(f => f.FileName).SingleAsync(ct);
        JsonElement? parsed = d.ParsedJson is null ? null : JsonDocument.Parse(d.ParsedJson).RootElement.Clone();
        var others = d.IsPlaceholder || d.ReferenceKey is null ? [] : await db.Documents
            .Where(o => o.ReferenceKey == d.ReferenceKey && o.Id != d.Id && !o.IsPlaceholder && o.OwnerUnitId != d.OwnerUnitId
                && (d.IssuedYear == null || o.IssuedYear == null || o.IssuedYear == d.IssuedYear))
            .OrderBy(o => o.RecordedAt)
            .Select(o => new OtherCopy(o.OwnerUnitId, db.OrgUnits.Where(u => u.Id == o.OwnerUnitId).Select(u => u.Name).FirstOrDefault(), o.FileId != null, o.RecordedAt))
            .ToListAsync(ct);
        return new Details(d.Id, d.Kind, d.Number, d.Symbol, d.Reference, d.IssuedOn, d.Place, d.Issuer, d.IssuerUnitId, d.Title,
            d.IsPlaceholder, d.FileId, fileName, parsed, citations, citedBy.OrderBy(c => c.IssuedOn).ToList(), d.OwnerUnitId, others);
    }
}
