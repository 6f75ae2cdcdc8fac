using HuuNghi.Core.Common;
using HuuNghi.Core.Data;

namespace HuuNghi.Core.Features.OrgUnits;

internal static class OrgUnitLookup
{
    public static async Task<OrgUnit> LoadAsync(this HuuNghiDbContext db, int id, CancellationToken ct) =>
        await db.OrgUnits.FindAsync([id], ct)
        ?? throw new NotFoundException(new Localized($"Không có đơn vị mã {id}.", $"There is no unit with id {id}."));

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy");
}
