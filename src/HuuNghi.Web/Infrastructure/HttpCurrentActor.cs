using System.Security.Claims;
using HuuNghi.Core.Common;

namespace HuuNghi.Web.Infrastructure;

/// <summary>The signed-in user as the audit trail records them.</summary>
public sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    private ClaimsPrincipal? User => http.HttpContext?.User;

    public int? UserId => int.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "?" : "system";
}
