using HuuNghi.Core.Data;
using HuuNghi.Documents.Text;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registers.Partners;

/// <summary>The partner directory, searched without regard to diacritics: what forms offer as the partner is typed.</summary>
public sealed class ListPartners(HuuNghiDbContext db)
{
    public sealed record Row(int Id, string Name, string? Country, string Kind);

    public async Task<IReadOnlyList<Row>> HandleAsync(string? q = null, CancellationToken ct = default)
    {
        var rows = db.Partners.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var key = PartnerKey.Of(q);
            rows = rows.Where(p => p.Key.Contains(key));
        }
        return await rows.OrderBy(p => p.Name).Take(500)
            .Select(p => new Row(p.Id, p.Name, p.Country, p.Kind.ToString())).ToListAsync(ct);
    }
}
