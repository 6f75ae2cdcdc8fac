using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Features.Demo;

/// <summary>
/// The people of the seeds' story: the foreign-affairs focal officers of Đồng Tháp and Quảng Ngãi, the district
/// officers of Tháp Mười and Bình Sơn who wrote the 2023 reports, the Tây Ninh mass-mobilisation commission,
/// the Hòa An commune office. All share <see cref="Password"/>, which exists only in demo mode.
/// </summary>
public sealed class DemoUsers(HuuNghiDbContext db, UserManager<AppUser> users, CreateUser createUser) : IDemoDataPart
{
    public const string Password = "HuuNghi@2026";

    public sealed record DemoUser(string UserName, string FullName, string Role, string UnitCode, string Description);

    public static readonly DemoUser[] All =
    [
        new("sngv.dongthap", "Nguyễn Thị Lan", Roles.FocalOfficer, "dt", "Sở Ngoại vụ Đồng Tháp — đầu mối cấp tỉnh"),
        new("lanhdao.dongthap", "Trần Văn Minh", Roles.Leader, "dt", "Lãnh đạo tỉnh Đồng Tháp"),
        new("ubnd.thapmuoi", "Lê Văn Hùng", Roles.UnitOfficer, "dt.tm", "UBND huyện Tháp Mười (đến 30/6/2025)"),
        new("sngv.quangngai", "Phạm Thị Hoa", Roles.FocalOfficer, "qng", "Sở Ngoại vụ Quảng Ngãi — đầu mối cấp tỉnh"),
        new("ubnd.binhson", "Võ Minh Tâm", Roles.UnitOfficer, "qng.bs", "UBND huyện Bình Sơn (đến 30/6/2025)"),
        new("bdv.tayninh", "Huỳnh Thị Mai", Roles.FocalOfficer, "tn", "Ban Dân vận Tỉnh ủy Tây Ninh"),
        new("hlhpn.tayninh", "Trương Thị Thu", Roles.UnitOfficer, "tn.hlhpn", "Hội Liên hiệp Phụ nữ tỉnh Tây Ninh"),
        new("ubnd.hoaan", "Hoàng Văn Dũng", Roles.UnitOfficer, "tq.hoaan", "UBND xã Hòa An, Tuyên Quang"),
        new("xem.ninhbinh", "Đặng Thu Trang", Roles.Viewer, "nb", "Người xem — tỉnh Ninh Bình"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var demo in All)
        {
            if (await users.FindByNameAsync(demo.UserName) is not null) continue;
            var unitId = await db.OrgUnits.Where(u => u.Code == demo.UnitCode).Select(u => u.Id).SingleAsync(ct);
            await createUser.HandleAsync(new CreateUser.Command(demo.UserName, Password, demo.FullName, [demo.Role], [unitId]), ct);
        }
    }
}
