using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>
/// A unit's incoming register for a year (with its sub-units' when asked), in arrival-number order as the paper book
/// runs, a page at a time, optionally one state only. Each line carries what the document says of itself.
/// </summary>
public sealed class ListIncomingRegister(HuuNghiDbContext db, OrgTreeCache trees)
{
    public const int PageSize = 50;

    public sealed record Query(int UnitId, int? Year = null, IncomingState? State = null, bool Subtree = false, int Page = 1);

    public sealed record Row(int Id, int UnitId, int Year, int Number, string? StampedNumber, DateOnly ArrivedOn, int DocumentId, string? Reference,
        string? Issuer, string? IssuedOn, string Kind, string? Title, int? HandlerUnitId, string? HandlerUnit, int? HandlerUserId, string? HandlerUser,
        DateOnly? Deadline, IncomingState State, string Source, string? Note, int Version);

    public sealed record Result(int UnitId, string UnitName, int Year, IncomingState? State, bool Subtree, int Total, int Page, IReadOnlyList<Row> Rows);

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == query.UnitId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException(new($"Không có đơn vị mã {query.UnitId}.", $"There is no unit {query.UnitId}."));
        scope.Demand(unit.Id);
        var year = query.Year ?? ReportRequest.Today(db.Clock).Year;
        var page = Math.Max(1, query.Page);
        var units = query.Subtree ? (await trees.GetAsync(db, ct)).SubtreeAnyTime([unit.Id]).Where(scope.Contains).ToList() : [unit.Id];
        var lines = db.IncomingEntries.AsNoTracking().Where(e => units.Contains(e.OrgUnitId) && e.Year == year);
        if (query.State is { } state) lines = lines.Where(e => e.State == state);
        var total = await lines.CountAsync(ct);
        var rows = await Project(db, lines.OrderBy(e => e.OrgUnitId != unit.Id).ThenBy(e => e.OrgUnitId).ThenBy(e => e.Number).Skip((page - 1) * PageSize).Take(PageSize))
            .ToListAsync(ct);
        return new Result(unit.Id, unit.Name, year, query.State, query.Subtree, total, page, rows);
    }

    /// <summary>One line as the list shows it (what the change use cases answer with).</summary>
    internal static Task<Row> RowAsync(HuuNghiDbContext db, int id, CancellationToken ct) =>
        Project(db, db.IncomingEntries.AsNoTracking().Where(e => e.Id == id)).FirstAsync(ct);

    internal static IQueryable<Row> Project(HuuNghiDbContext db, IQueryable<IncomingEntry> entries) =>
        from e in entries
        join d in db.Documents on e.DocumentId equals d.Id
        select new Row(e.Id, e.OrgUnitId, e.Year, e.Number, e.StampedNumber, e.ArrivedOn, e.DocumentId, d.Reference, d.Issuer, d.IssuedOn, d.Kind, d.Title,
            e.HandlerUnitId, db.OrgUnits.Where(u => u.Id == e.HandlerUnitId).Select(u => u.Name).FirstOrDefault(),
            e.HandlerUserId, db.Users.Where(u => u.Id == e.HandlerUserId).Select(u => u.FullName != "" ? u.FullName : u.UserName).FirstOrDefault(),
            e.Deadline, e.State, e.Source, e.Note, e.Version);
}
