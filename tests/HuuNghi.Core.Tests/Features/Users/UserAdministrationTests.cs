using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Users;

public abstract class UserAdministrationTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private static readonly UnitScope Admin = UnitScope.Everything;

    private Task<ProposeSuccessorUnits.Result> ProposeAsync(UnitScope? scope = null) =>
        Host.RunAsync<ProposeSuccessorUnits, ProposeSuccessorUnits.Result>(p => p.HandleAsync(scope ?? Admin));

    private Task<GetUser.Details> GetAsync(int id) => Host.RunAsync<GetUser, GetUser.Details>(g => g.HandleAsync(id, Admin));

    [Fact]
    public async Task Should_propose_the_commune_that_took_over_for_an_officer_of_a_dissolved_district()
    {
        await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        await Host.CreateUserAsync("dt.focal", Roles.FocalOfficer, "dt");

        var commune = await Host.UnitIdAsync("dt.thapmuoi");
        var proposals = await ProposeAsync();

        var row = Assert.Single(proposals.Rows);
        Assert.Equal("tm.officer", row.UserName);
        Assert.Equal(await Host.UnitIdAsync("dt.tm"), row.Ended.Id);
        Assert.Equal(new DateOnly(2025, 7, 1), row.EventDate);
        Assert.Contains(row.Successors, s => s.Id == commune);
        Assert.Equal(1, proposals.Total);
    }

    [Fact]
    public async Task Should_propose_the_merge_target_for_a_merged_province_and_the_moved_commune_for_a_dissolved_district()
    {
        await Host.CreateUserAsync("la.focal", Roles.FocalOfficer, "la");
        await Host.CreateUserAsync("bs.officer", Roles.UnitOfficer, "qng.bs");
        var rows = (await ProposeAsync()).Rows;
        Assert.Equal([await Host.UnitIdAsync("tn")], rows.Single(r => r.UserName == "la.focal").Successors.Select(s => s.Id));
        Assert.Contains(await Host.UnitIdAsync("qng.bs.binhhoa"), rows.Single(r => r.UserName == "bs.officer").Successors.Select(s => s.Id));
    }

    [Fact]
    public async Task Should_confirm_the_successor_keep_the_old_unit_and_audit_it()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var district = await Host.UnitIdAsync("dt.tm");
        var commune = await Host.UnitIdAsync("dt.thapmuoi");
        Assert.NotEmpty(await Host.RunAsync<EndedUnitsNotice, IReadOnlyList<EndedUnitsNotice.Ended>>(n => n.HandleAsync(officer)));

        await Host.RunAsync<ConfirmSuccessor>(c => c.HandleAsync(new ConfirmSuccessor.Command(officer, district, commune), Admin));

        var scope = await Host.ScopeOfAsync(officer);
        Assert.True(scope.Contains(await Host.UnitIdAsync("dt.thapmuoi.ubnd")));
        Assert.True(scope.Contains(await Host.UnitIdAsync("dt.tm.ubnd")), "the old unit's history stays readable");
        Assert.Equal([district, commune], scope.OwnUnitIds);
        Assert.Empty((await ProposeAsync()).Rows);
        Assert.Empty(await Host.RunAsync<EndedUnitsNotice, IReadOnlyList<EndedUnitsNotice.Ended>>(n => n.HandleAsync(officer)));
        Assert.True(await Host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(UserUnit) && a.Action == "Added"
            && a.EntityId == $"{officer},{commune}")));
    }

    [Fact]
    public async Task Should_tell_the_officer_of_an_ended_unit_which_successor_to_ask_for()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var notice = Assert.Single(await Host.RunAsync<EndedUnitsNotice, IReadOnlyList<EndedUnitsNotice.Ended>>(n => n.HandleAsync(officer)));
        Assert.Equal(new DateOnly(2025, 6, 30), notice.LastDay);
        Assert.Equal("Huyện Tháp Mười", notice.Name);
        Assert.Contains("Xã Tháp Mười", notice.Successors);
    }

    [Fact]
    public async Task Should_refuse_a_successor_the_org_events_do_not_name()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<ConfirmSuccessor>(async c =>
            await c.HandleAsync(new ConfirmSuccessor.Command(officer, await Host.UnitIdAsync("dt.tm"), await Host.UnitIdAsync("qng")), Admin)));
        Assert.Contains("không phải đơn vị kế tiếp", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_refuse_every_user_administration_to_a_non_administrator()
    {
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("dt.focal", Roles.FocalOfficer, "dt"));
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var stamp = (await GetAsync(officer)).ConcurrencyStamp;
        await Assert.ThrowsAsync<ForbiddenException>(() => ProposeAsync(focal));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<ConfirmSuccessor>(async c =>
            await c.HandleAsync(new ConfirmSuccessor.Command(officer, await Host.UnitIdAsync("dt.tm"), await Host.UnitIdAsync("dt.thapmuoi")), focal)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<EditUser>(e =>
            e.HandleAsync(new EditUser.Command(officer, "X", "vi", [Roles.Administrator], [], stamp), focal)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<ResetPassword>(r => r.HandleAsync(new ResetPassword.Command(officer, "Newpass2026"), focal)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<DisableUser>(d => d.HandleAsync(officer, focal)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<EnableUser>(d => d.HandleAsync(officer, focal)));
        await Assert.ThrowsAsync<ForbiddenException>(() => GetAsyncAs(officer, focal));
    }

    private Task<GetUser.Details> GetAsyncAs(int id, UnitScope scope) => Host.RunAsync<GetUser, GetUser.Details>(g => g.HandleAsync(id, scope));

    [Fact]
    public async Task Should_set_units_roles_name_and_language_and_audit_the_change()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var commune = await Host.UnitIdAsync("dt.thapmuoi");
        var before = await GetAsync(officer);

        await Host.RunAsync<EditUser>(e => e.HandleAsync(
            new EditUser.Command(officer, "Lê Văn Hùng", "en", [Roles.FocalOfficer, Roles.Leader], [commune], before.ConcurrencyStamp), Admin));

        var after = await GetAsync(officer);
        Assert.Equal("Lê Văn Hùng", after.FullName);
        Assert.Equal("en", after.Culture);
        Assert.Equal([Roles.FocalOfficer, Roles.Leader], after.Roles);
        Assert.Equal([commune], after.Units.Select(u => u.Id));
        Assert.NotEqual(before.ConcurrencyStamp, after.ConcurrencyStamp);
        var audited = await Host.QueryAsync(db => db.AuditEntries.Select(a => new { a.EntityType, a.Action }).ToListAsync());
        Assert.Contains(audited, a => a.EntityType == nameof(AppUser) && a.Action == "Modified");
        Assert.Contains(audited, a => a.EntityType == nameof(UserUnit) && a.Action == "Deleted");
        Assert.Contains(audited, a => a.EntityType.StartsWith("IdentityUserRole", StringComparison.Ordinal) && a.Action == "Added");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_unit_an_unknown_role_and_a_stale_stamp()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var stamp = (await GetAsync(officer)).ConcurrencyStamp;

        var unit = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<EditUser>(e =>
            e.HandleAsync(new EditUser.Command(officer, "X", "vi", [Roles.Viewer], [424242], stamp), Admin)));
        Assert.Contains("Không có đơn vị mã 424242", unit.Localized.Vi);
        Assert.Contains("There is no unit with id 424242", unit.Localized.En);

        var role = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<EditUser>(e =>
            e.HandleAsync(new EditUser.Command(officer, "X", "vi", ["Superuser"], [], stamp), Admin)));
        Assert.Contains("Superuser", role.Errors[nameof(EditUser.Command.Roles)][0].En);

        await Host.RunAsync<EditUser>(e => e.HandleAsync(new EditUser.Command(officer, "Đầu tiên", "vi", [Roles.Viewer], [], stamp), Admin));
        var stale = await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<EditUser>(e =>
            e.HandleAsync(new EditUser.Command(officer, "Thứ hai", "vi", [Roles.Viewer], [], stamp), Admin)));
        Assert.Contains("vừa được người khác sửa", stale.Localized.Vi);
        Assert.Equal("Đầu tiên", (await GetAsync(officer)).FullName);
    }

    [Fact]
    public async Task Should_reset_a_password_with_the_identity_rules_in_both_languages()
    {
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");

        var weak = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<ResetPassword>(r => r.HandleAsync(new ResetPassword.Command(officer, "abc"), Admin)));
        Assert.Contains("Mật khẩu quá ngắn", weak.Errors[nameof(ResetPassword.Command.NewPassword)].Select(m => m.Vi).First());
        Assert.Contains(weak.Errors[nameof(ResetPassword.Command.NewPassword)], m => m.En.Contains("digit"));

        await Host.RunAsync<ResetPassword>(r => r.HandleAsync(new ResetPassword.Command(officer, "Moi-2026-matkhau"), Admin));
        Assert.True(await PasswordWorksAsync("tm.officer", "Moi-2026-matkhau"));
        Assert.False(await PasswordWorksAsync("tm.officer", "Password1"));
    }

    private Task<bool> PasswordWorksAsync(string userName, string password) => Host.RunAsync<UserManager<AppUser>, bool>(async users =>
        await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password));

    [Fact]
    public async Task Should_disable_and_enable_an_account_but_never_the_administrators_own()
    {
        var admin = await Host.CreateUserAsync("second.admin", Roles.Administrator);
        var officer = await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        Host.Actor.UserId = admin;

        await Host.RunAsync<DisableUser>(d => d.HandleAsync(officer, Admin));
        Assert.True((await GetAsync(officer)).Disabled);
        Assert.True(await Host.RunAsync<UserManager<AppUser>, bool>(async u => await u.IsLockedOutAsync((await u.FindByIdAsync($"{officer}"))!)));
        Assert.False((await Host.ScopeOfAsync(officer)).Contains(await Host.UnitIdAsync("dt.tm.ubnd")));
        Assert.Contains((await Host.RunAsync<ListUsers, ListUsers.Result>(l => l.HandleAsync(Admin))).Rows, r => r.Id == officer && r.Disabled);

        var self = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<DisableUser>(d => d.HandleAsync(admin, Admin)));
        Assert.Contains("tự vô hiệu hóa", self.Localized.Vi);

        await Host.RunAsync<EnableUser>(e => e.HandleAsync(officer, Admin));
        Assert.False((await GetAsync(officer)).Disabled);
        Assert.True((await Host.ScopeOfAsync(officer)).Contains(await Host.UnitIdAsync("dt.tm.ubnd")));
        Assert.True(await Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(AppUser) && a.EntityId == $"{officer}" && a.Action == "Modified")) >= 2);
    }

    [Fact]
    public async Task Should_search_and_page_the_users()
    {
        for (var i = 0; i < 3; i++) await Host.CreateUserAsync($"xa.{i}", Roles.Viewer, "dt");
        await Host.CreateUserAsync("tm.officer", Roles.UnitOfficer, "dt.tm");
        var found = await Host.RunAsync<ListUsers, ListUsers.Result>(l => l.HandleAsync(Admin, "XA.", 2, 2));
        Assert.Equal(3, found.Total);
        Assert.Equal("xa.2", Assert.Single(found.Rows).UserName);
    }
}

public sealed class UserAdministrationTests_Sqlite(SqliteDatabases d) : UserAdministrationTests(d), IClassFixture<SqliteDatabases>;
public sealed class UserAdministrationTests_Postgres(PostgresDatabases d) : UserAdministrationTests(d), IClassFixture<PostgresDatabases>;
