using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Documents;

/// <summary>
/// Finds documents by text (without regard to diacritics or case: "doi ngoai" finds "đối ngoại"), kind,
/// issuer and year, newest first. Matching runs on folded columns, so SQLite and PostgreSQL agree.
/// </summary>
public sealed class ListDocuments(HuuNghiDbContext db)
{
    public sealed record Query(string? Q = null, string? Kind = null, string? Issuer = null, int? Year = null,
        bool IncludePlaceholders = false, int Page = 1, int PageSize = 50);

    public sealed record Row(int Id, string Kind, string? Reference, string? IssuedOn, string? Issuer, string? Title, bool IsPlaceholder, int CitedBy);

    /// <param name="Hint">Set when the text is too short to search well (one or two letters): the rows still come, by a slow scan.</param>
    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int PageSize, Common.Localized? Hint = null);

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var q = db.Documents.AsNoTracking().VisibleTo(scope);
        if (!query.IncludePlaceholders) q = q.Where(d => !d.IsPlaceholder);
        var words = VietnameseText.Fold(query.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words) q = q.Containing(db, word);
        if (!string.IsNullOrWhiteSpace(query.Kind)) q = q.Where(d => d.Kind == query.Kind);
        if (!string.IsNullOrWhiteSpace(query.Issuer))
        {
            var issuer = VietnameseText.Fold(query.Issuer);
            q = q.Containing(db, issuer);
        }
        if (query.Year is { } year) q = q.Where(d => d.IssuedYear == year);
        var size = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Max(1, query.Page);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(d => d.IssuedOn).ThenByDescending(d => d.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(d => new Row(d.Id, d.Kind, d.Reference, d.IssuedOn, d.Issuer, d.Title, d.IsPlaceholder,
                db.DocumentCitations.Count(c => c.ToDocumentId == d.Id)))
            .ToListAsync(ct);
        var hint = words.Length > 0 && words.Sum(w => w.Length) < DocumentSearch.IndexedLength
            ? new Common.Localized("Hãy gõ ít nhất ba chữ cái để tìm nhanh và chính xác hơn.", "Type at least three letters for a faster, sharper search.")
            : null;
        return new Result(rows, total, page, size, hint);
    }
}
