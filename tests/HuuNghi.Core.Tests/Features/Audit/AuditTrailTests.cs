using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Audit;

public abstract class AuditTrailTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_record_who_when_before_and_after_of_an_edit()
    {
        Host.Actor.UserId = 7;
        Host.Actor.Name = "sngv.dongthap";
        var id = await Host.UnitIdAsync("dt.sngv");
        await Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Sở Ngoại vụ tỉnh Đồng Tháp", "SNgV", 0), UnitScope.Everything));

        var result = await Host.RunAsync<ListAudit, ListAudit.Result>(l => l.HandleAsync(new ListAudit.Query("OrgUnit", id.ToString()), UnitScope.Everything));
        var entry = Assert.Single(result.Rows, r => r.Action == "Modified");
        Assert.Equal("sngv.dongthap", entry.UserName);
        Assert.Equal("Modified", entry.Action);
        Assert.Contains("\"ShortName\":null", entry.Before);
        Assert.Contains("\"ShortName\":\"SNgV\"", entry.After);
        Assert.Equal(Host.Clock.GetUtcNow().UtcDateTime, entry.At, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Should_never_write_password_hashes_into_the_audit()
    {
        await Host.CreateUserAsync("someone", Roles.Viewer, "dt");
        var users = await Host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "AppUser").ToListAsync());
        Assert.NotEmpty(users);
        Assert.All(users, a => Assert.DoesNotContain("PasswordHash", a.After));
    }

    [Fact]
    public async Task Should_write_nothing_when_the_change_is_refused()
    {
        var before = await Host.QueryAsync(db => db.AuditEntries.CountAsync());
        var id = await Host.UnitIdAsync("dt.sngv");
        await Assert.ThrowsAnyAsync<Exception>(() =>
            Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Tên mới", null, 99), UnitScope.Everything)));
        Assert.Equal(before, await Host.QueryAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal("Sở Ngoại vụ tỉnh Đồng Tháp", await Host.QueryAsync(db => db.OrgUnits.Where(u => u.Id == id).Select(u => u.Name).SingleAsync()));
    }
}

public sealed class AuditTrailTests_Sqlite(SqliteDatabases d) : AuditTrailTests(d), IClassFixture<SqliteDatabases>;
public sealed class AuditTrailTests_Postgres(PostgresDatabases d) : AuditTrailTests(d), IClassFixture<PostgresDatabases>;
