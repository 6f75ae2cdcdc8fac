using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.Users;

public abstract class AccessScopeTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_limit_a_district_officer_to_the_district_subtree()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var scope = await Host.ScopeOfAsync(officer);
        Assert.True(scope.Contains(await Host.UnitIdAsync("dt.tm.ubnd")));
        Assert.True(scope.Contains(await Host.UnitIdAsync("dt.tm.myan.ubnd")));
        Assert.False(scope.Contains(await Host.UnitIdAsync("qng.bs.ubnd")));
        Assert.False(scope.Contains(await Host.UnitIdAsync("dt.ubnd")));
    }

    [Fact]
    public async Task Should_refuse_a_district_officer_another_districts_unit()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var scope = await Host.ScopeOfAsync(officer);
        var binhSon = await Host.UnitIdAsync("qng.bs.ubnd");
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<GetOrgUnit, GetOrgUnit.Details>(g => g.HandleAsync(binhSon, scope)));
        Assert.Contains("không có quyền", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_give_a_province_officer_the_history_of_merged_provinces_and_ended_districts()
    {
        var officer = await Host.CreateUserAsync("tn.focal", Roles.FocalOfficer, "tn");
        var scope = await Host.ScopeOfAsync(officer);
        Assert.True(scope.Contains(await Host.UnitIdAsync("tn.dmc.ldld")));
        Assert.True(scope.Contains(await Host.UnitIdAsync("la.ubnd")));
        Assert.False(scope.Contains(await Host.UnitIdAsync("dt.ubnd")));
    }

    [Fact]
    public async Task Should_list_only_units_in_scope()
    {
        var officer = await Host.CreateUserAsync("bs.officer", Roles.UnitOfficer, "qng.bs");
        var scope = await Host.ScopeOfAsync(officer);
        var rows = await Host.RunAsync<ListOrgUnits, IReadOnlyList<ListOrgUnits.Row>>(l => l.HandleAsync(new DateOnly(2024, 1, 1), scope));
        Assert.Contains(rows, r => r.Name == "Ủy ban nhân dân huyện Bình Sơn");
        Assert.DoesNotContain(rows, r => r.Name.Contains("Tháp Mười"));
    }

    [Fact]
    public async Task Should_not_let_a_unit_officer_rename_even_their_own_unit()
    {
        var officer = await Host.CreateUserAsync("bs.officer", Roles.UnitOfficer, "qng.bs");
        var scope = await Host.ScopeOfAsync(officer);
        var id = await Host.UnitIdAsync("qng.bs.ubnd");
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Tên khác", null, 0), scope)));
    }

    [Fact]
    public async Task Should_refuse_a_user_with_an_unknown_unit()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<CreateUser, int>(c => c.HandleAsync(new CreateUser.Command("x.user", "Password1", "X", [Roles.Viewer], [424242]))));
        Assert.Contains("424242", error.Localized.Vi);
    }
}

public sealed class AccessScopeTests_Sqlite(SqliteDatabases d) : AccessScopeTests(d), IClassFixture<SqliteDatabases>;
public sealed class AccessScopeTests_Postgres(PostgresDatabases d) : AccessScopeTests(d), IClassFixture<PostgresDatabases>;
