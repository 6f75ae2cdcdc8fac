using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.Demo;

/// <summary>Loads the demo data set: reference units first, then every feature's part in order.</summary>
public sealed class SeedDemo(HuuNghiDbContext db, IEnumerable<IDemoDataPart> parts)
{
    public async Task HandleAsync(CancellationToken ct = default)
    {
        await db.MigrateAsync(ct);
        foreach (var part in parts.OrderBy(p => p.Order)) await part.SeedAsync(ct);
    }
}
