using Microsoft.AspNetCore.Identity;

namespace HuuNghi.Core.Features.Users;

/// <summary>A person who signs in. What they may see and change is the subtree of <see cref="Units"/>.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public string FullName { get; set; } = "";
    /// <summary>"vi" or "en": the language pages open in for this user.</summary>
    public string Culture { get; set; } = "vi";
    public List<UserUnit> Units { get; set; } = [];
}

public sealed class AppRole : IdentityRole<int>
{
    public AppRole() { }
    public AppRole(string name) : base(name) { }
}

public sealed class UserUnit
{
    public int UserId { get; set; }
    public int OrgUnitId { get; set; }
}

/// <summary>The roles of the product. Administrator sees everything; the others see their units' subtrees.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string FocalOfficer = nameof(FocalOfficer);
    public const string UnitOfficer = nameof(UnitOfficer);
    public const string Leader = nameof(Leader);
    public const string Viewer = nameof(Viewer);

    public static readonly string[] All = [Administrator, FocalOfficer, UnitOfficer, Leader, Viewer];

    /// <summary>Roles allowed to change organisation data of their subtree.</summary>
    public static readonly string[] OrgEditors = [Administrator, FocalOfficer];
}
