using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>A unit's outgoing register for a year, in number order as the paper book runs, a page at a time.</summary>
public sealed class ListOutgoingRegister(HuuNghiDbContext db)
{
    public const int PageSize = 50;

    public sealed record Query(int UnitId, int? Year = null, string? Register = null, int Page = 1);

    public sealed record Row(int Id, int Number, string Symbol, string Reference, DateOnly? IssuedOn, OutgoingState State, string? KindName,
        string? Title, string? Signer, string? Distribution, string? KeptBy, int? Copies, string? CancelReason, int? SubmissionId, int Version);

    public sealed record Result(int UnitId, string UnitName, int Year, string Register, IReadOnlyList<string> Registers, int Total, int Page, IReadOnlyList<Row> Rows);

    public async Task<Result> HandleAsync(Query query, UnitScope scope, CancellationToken ct = default)
    {
        var unit = await db.OrgUnits.AsNoTracking().Where(u => u.Id == query.UnitId).Select(u => new { u.Id, u.Name }).FirstOrDefaultAsync(ct)
            ?? throw new Common.NotFoundException(new($"Không có đơn vị mã {query.UnitId}.", $"There is no unit {query.UnitId}."));
        scope.Demand(unit.Id);
        var year = query.Year ?? ReportRequest.Today(db.Clock).Year;
        var register = OutgoingRegister.CheckRegister(query.Register);
        var page = Math.Max(1, query.Page);
        var lines = db.Set<OutgoingEntry>().AsNoTracking().Where(e => e.OrgUnitId == unit.Id && e.Register == register && e.Year == year);
        var total = await lines.CountAsync(ct);
        var rows = await lines.OrderBy(e => e.Number).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.Id, e.Number, e.Symbol, "", e.IssuedOn, e.State, e.KindName, e.Title, e.Signer, e.Distribution, e.KeptBy, e.Copies,
                e.CancelReason, e.SubmissionId, e.Version))
            .ToListAsync(ct);
        var registers = await db.Set<OutgoingEntry>().AsNoTracking().Where(e => e.OrgUnitId == unit.Id).Select(e => e.Register).Distinct().ToListAsync(ct);
        if (!registers.Contains(OutgoingRegister.General)) registers.Add(OutgoingRegister.General);
        return new Result(unit.Id, unit.Name, year, register, [.. registers.Order(StringComparer.Ordinal)], total, page,
            [.. rows.Select(r => r with { Reference = OutgoingRegister.Reference(r.Number, r.Symbol) })]);
    }
}
