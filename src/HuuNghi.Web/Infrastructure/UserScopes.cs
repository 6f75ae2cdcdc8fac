using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Web.Infrastructure;

/// <summary>The current user's <see cref="UnitScope"/>, worked out once per request.</summary>
public sealed class UserScopes(ICurrentActor actor, AccessScope access)
{
    private UnitScope? _scope;

    public async Task<UnitScope> GetAsync(CancellationToken ct = default)
    {
        if (_scope is not null) return _scope;
        if (actor.UserId is not { } id) throw new ForbiddenException();
        return _scope = await access.ForUserAsync(id, ct);
    }
}
