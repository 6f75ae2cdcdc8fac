using HuuNghi.Core.Common;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Users;

/// <summary>
/// Gives a user a successor of their ended unit. The ended unit stays with them: its history remains readable
/// (the scope covers a unit's subtree at any time) while the registers' date rules refuse new records for it.
/// The new <see cref="UserUnit"/> row is audited by the save itself.
/// </summary>
public sealed class ConfirmSuccessor(HuuNghiDbContext db, OrgTreeCache trees, TimeProvider clock)
{
    public sealed record Command(int UserId, int EndedUnitId, int SuccessorId);

    public async Task HandleAsync(Command command, UnitScope scope, CancellationToken ct = default)
    {
        scope.DemandRole(Roles.Administrator);
        new Validation().Id(command.UserId, nameof(Command.UserId)).Id(command.EndedUnitId, nameof(Command.EndedUnitId))
            .Id(command.SuccessorId, nameof(Command.SuccessorId)).ThrowIfInvalid();
        var user = await db.Users.Include(u => u.Units).SingleOrDefaultAsync(u => u.Id == command.UserId, ct)
            ?? throw new NotFoundException(new Localized($"Không có người dùng mã {command.UserId}.", $"There is no user with id {command.UserId}."));
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var holds = user.Units.Any(u => u.OrgUnitId == command.EndedUnitId);
        var ending = holds ? SuccessorUnits.Of(tree, command.EndedUnitId, today) : null;
        new Validation()
            .Require(holds, nameof(Command.EndedUnitId),
                $"Người dùng {user.UserName} không thuộc đơn vị mã {command.EndedUnitId}.", $"User {user.UserName} does not belong to unit {command.EndedUnitId}.")
            .Require(!holds || ending is not null, nameof(Command.EndedUnitId),
                "Đơn vị này vẫn đang hoạt động; không có đơn vị kế tiếp để gán.", "This unit still exists; there is no successor to assign.")
            .Require(ending is null || ending.Successors.Contains(command.SuccessorId), nameof(Command.SuccessorId),
                $"Đơn vị mã {command.SuccessorId} không phải đơn vị kế tiếp theo sắp xếp đơn vị; hãy sửa đơn vị của người dùng nếu cần gán đơn vị khác.",
                $"Unit {command.SuccessorId} is not a successor by the org events; edit the user's units to assign another unit.")
            .ThrowIfInvalid();
        if (user.Units.Any(u => u.OrgUnitId == command.SuccessorId))
            throw new ConflictException(new Localized("Người dùng đã thuộc đơn vị kế tiếp này.", "The user already belongs to this successor."));
        user.Units.Add(new UserUnit { UserId = user.Id, OrgUnitId = command.SuccessorId });
        await db.SaveChangesAsync(ct);
    }
}
