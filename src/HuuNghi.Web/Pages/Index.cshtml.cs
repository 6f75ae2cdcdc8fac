using HuuNghi.Core.Data;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Web.Pages;

public sealed class IndexModel(HuuNghiDbContext db, UserScopes scopes, OrgTreeCache trees, TimeProvider clock) : PageModel
{
    public string FullName { get; private set; } = "";
    public IReadOnlyList<string> MyUnits { get; private set; } = [];
    public int UnitsNow { get; private set; }
    public int ChangesToday { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await scopes.GetAsync(ct);
        var userName = User.Identity!.Name;
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.FullName }).SingleAsync(ct);
        FullName = user.FullName;
        var tree = await trees.GetAsync(db, ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        MyUnits = (await db.UserUnits.Where(u => u.UserId == user.Id).Select(u => u.OrgUnitId).ToListAsync(ct))
            .Select(id => tree.NameOn(id, today)).ToList();
        UnitsNow = tree.AsOf(today).Count(x => scope.Contains(x.Unit.Id));
        var since = clock.GetUtcNow().UtcDateTime.Date;
        ChangesToday = await db.AuditEntries.CountAsync(a => a.At >= since, ct);
    }
}
