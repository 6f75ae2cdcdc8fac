using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers;

/// <summary>
/// One page of a register, newest first, limited to the reader's units; filtered by a unit's subtree
/// (history included) and a date range. Values come formatted for reading, in the request language.
/// </summary>
public sealed class ListEntries(HuuNghiDbContext db, OrgTreeCache trees)
{
    public const int PageSize = 50;

    public sealed record Query(string Register, int? UnitId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1);

    public sealed record Row(int Id, int UnitId, string UnitName, DateOnly Date, int Version, IReadOnlyDictionary<string, string> Values);

    public sealed record Result(string Register, string Title, IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows, int Total, int Page);

    public sealed record Column(string Name, string Label);

    public async Task<Result> HandleAsync(Query query, UnitScope scope, bool english = false, CancellationToken ct = default)
    {
        var register = RegisterCatalog.Get(query.Register);
        var tree = await trees.GetAsync(db, ct);
        var rows = register.Query(db).AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            scope.Demand(unitId);
            var units = tree.SubtreeAnyTime([unitId]).ToList();
            rows = rows.Where(r => units.Contains(r.OrgUnitId));
        }
        else if (!scope.All)
        {
            var units = scope.UnitIds.ToList();
            rows = rows.Where(r => units.Contains(r.OrgUnitId));
        }
        if (query.From is { } from) rows = rows.Where(r => r.Date >= from);
        if (query.To is { } to) rows = rows.Where(r => r.Date <= to);
        var total = await rows.CountAsync(ct);
        var page = Math.Max(1, query.Page);
        var records = await rows.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var listed = register.Fields.Where(f => f.Listed && f.Name != nameof(RegisterRecord.Date)).ToList();
        return new Result(register.Name, english ? register.Title.En : register.Title.Vi,
            listed.Select(f => new Column(f.Name, english ? f.Label.En : f.Label.Vi)).ToList(),
            records.Select(r => new Row(r.Id, r.OrgUnitId, tree.NameOn(r.OrgUnitId, r.Date), r.Date, r.Version,
                listed.ToDictionary(f => f.Name, f => FieldValues.Display(f, f.Get(r), english)))).ToList(),
            total, page);
    }
}
