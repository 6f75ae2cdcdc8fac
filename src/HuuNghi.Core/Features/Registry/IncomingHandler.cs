using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Registry;

/// <summary>Who must handle an arrival, as a form or the CLI names it: a unit id inside the scope, a user by login name.</summary>
internal static class IncomingHandler
{
    public static async Task<(int? UnitId, int? UserId)> ResolveAsync(HuuNghiDbContext db, UnitScope scope, int? unitId, string? userName, CancellationToken ct)
    {
        if (unitId is { } u)
        {
            if (!await db.OrgUnits.AnyAsync(x => x.Id == u, ct))
                throw new ValidationFailedException("handlerUnitId", new($"Không có đơn vị mã {u}.", $"There is no unit {u}."));
            if (!scope.Contains(u))
                throw new ValidationFailedException("handlerUnitId", new(
                    "Chỉ giao xử lý cho đơn vị trong phạm vi của bạn.", "A document can be handed only to a unit within your scope."));
        }
        int? userId = null;
        if (!string.IsNullOrWhiteSpace(userName))
        {
            var name = userName.Trim().ToUpperInvariant();
            userId = await db.Users.Where(x => x.NormalizedUserName == name).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct)
                ?? throw new ValidationFailedException("handlerUser", new($"Không có người dùng '{userName.Trim()}'.", $"There is no user '{userName.Trim()}'."));
        }
        return (unitId, userId);
    }

    public static void CheckDeadline(DateOnly? deadline, DateOnly arrivedOn)
    {
        if (deadline is { } d && d < arrivedOn)
            throw new ValidationFailedException("deadline", new(
                $"Hạn xử lý ({d:dd/MM/yyyy}) không được trước ngày đến ({arrivedOn:dd/MM/yyyy}).",
                $"The handling deadline ({d:yyyy-MM-dd}) cannot be before the arrival day ({arrivedOn:yyyy-MM-dd})."));
    }
}
