using HuuNghi.Core.Features.Users;
using HuuNghi.Web.Infrastructure;

namespace HuuNghi.Web.Pages.Users;

/// <summary>The roles as people call them: the forms show these, never the enum-like names stored in Identity.</summary>
public static class RoleNames
{
    public static string Label(string role) => role switch
    {
        Roles.Administrator => Ui.T("Quản trị hệ thống", "Administrator"),
        Roles.FocalOfficer => Ui.T("Cán bộ đầu mối", "Focal officer"),
        Roles.UnitOfficer => Ui.T("Cán bộ đơn vị", "Unit officer"),
        Roles.Leader => Ui.T("Lãnh đạo", "Leader"),
        Roles.Viewer => Ui.T("Người xem", "Viewer"),
        _ => role,
    };
}
