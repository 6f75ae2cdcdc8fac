using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registers;

public abstract class RecordEntryTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_record_a_delegation_with_its_partner_and_country()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation());
        var saved = await Host.QueryAsync(db => db.Delegations.Include(d => d.Partner).SingleAsync(d => d.Id == id));
        Assert.Equal(("Rikolto", "BE", 4, DelegationDirection.Inbound), (saved.Partner!.Name, saved.Country, saved.People, saved.Direction));
    }

    [Fact]
    public async Task Should_refuse_a_negative_people_count_beside_the_field()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(people: "-3")));
        Assert.Contains("không được âm", Assert.Single(error.Errors["People"]).Vi);
        Assert.Equal(0, await Host.QueryAsync(db => db.Delegations.CountAsync()));
    }

    [Theory]
    [InlineData("1.5", "'1.5' không phải cách viết số hợp lệ")]
    [InlineData("12.34", "'12.34' không phải cách viết số hợp lệ")]
    [InlineData("1,5", "'1,5' không phải số nguyên")]
    public async Task Should_refuse_a_people_count_that_is_not_a_whole_number_written_the_vietnamese_way(string typed, string message)
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(people: typed)));
        var shown = Assert.Single(error.Errors["People"]);
        Assert.StartsWith("Số người: " + message, shown.Vi);
        Assert.StartsWith("People: ", shown.En);
        Assert.Equal(0, await Host.QueryAsync(db => db.Delegations.CountAsync()));
    }

    [Fact]
    public async Task Should_read_a_dot_as_the_thousands_separator()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(people: "1.234"));
        Assert.Equal(1234, await Host.QueryAsync(db => db.Delegations.Where(d => d.Id == id).Select(d => d.People).SingleAsync()));
    }

    [Fact]
    public async Task Should_refuse_decimals_in_an_amount_in_dong_but_keep_them_in_dollars()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("aid-projects", unit, RegisterInput.Project("115.000.000,5")));
        Assert.Equal("Vốn cam kết: số tiền bằng đồng không có phần thập phân.", Assert.Single(error.Errors["Commitment"]).Vi);
        var id = await Host.RecordAsync("aid-projects", unit, RegisterInput.Project("4.600,50", "USD", "25.000"));
        Assert.Equal((4600.50m, 25000m), await Host.QueryAsync(db => db.AidProjects.Where(p => p.Id == id).Select(p => new ValueTuple<decimal, decimal>(p.Commitment, p.ExchangeRate)).SingleAsync()));
    }

    [Fact]
    public async Task Should_refuse_an_end_before_the_start()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(date: "10/03/2023", end: "09/03/2023")));
        Assert.Contains("cannot be before the start", Assert.Single(error.Errors["EndDate"]).En);
        Assert.Equal(0, await Host.QueryAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_an_unknown_currency()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RecordAsync("aid-projects", unit, RegisterInput.Project(currency: "ABC")));
        Assert.Contains("không nhận ra loại tiền 'ABC'", Assert.Single(error.Errors["Currency"]).Vi);
    }

    [Fact]
    public async Task Should_refuse_a_disbursement_above_the_commitment()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        var project = await Host.RecordAsync("aid-projects", unit, RegisterInput.Project());
        await Host.RecordAsync("aid-disbursements", unit, RegisterInput.Disbursement(project, "100.000.000"));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RecordAsync("aid-disbursements", unit, RegisterInput.Disbursement(project, "20.000.000")));
        Assert.Contains("vượt vốn cam kết", Assert.Single(error.Errors["Amount"]).Vi);
        Assert.Equal(1, await Host.QueryAsync(db => db.AidTransactions.CountAsync()));
    }

    [Fact]
    public async Task Should_book_a_foreign_currency_commitment_in_dong_at_its_rate()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        var missingRate = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RecordAsync("aid-projects", unit, RegisterInput.Project(commitment: "5000", currency: "usd")));
        Assert.True(missingRate.Errors.ContainsKey("ExchangeRate"));
        var project = await Host.RecordAsync("aid-projects", unit, RegisterInput.Project(commitment: "5000", currency: "usd", rate: "25000"));
        await Host.RecordAsync("aid-disbursements", unit, RegisterInput.Disbursement(project, "125.000.000"));
    }

    [Fact]
    public async Task Should_take_a_partner_typed_two_ways_as_one_partner()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var first = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(partner: "Rikolto"));
        var second = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(partner: "  tổ chức RIKOLTO. "));
        var partners = await Host.QueryAsync(db => db.Delegations.Where(d => d.Id == first || d.Id == second).Select(d => d.PartnerId).Distinct().CountAsync());
        Assert.Equal(1, partners);
        Assert.Equal(1, await Host.QueryAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_partner_one_typo_away_from_a_known_one_with_a_suggestion()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(partner: "Habitat for Humanity Vietnam"));
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(partner: "Habitat for Humanity Vietnem")));
        Assert.Contains("gần giống đối tác đã có 'Habitat for Humanity Vietnam'", Assert.Single(error.Errors["Partner"]).Vi);
    }

    [Fact]
    public async Task Should_refuse_a_unit_outside_the_officers_scope()
    {
        var officer = await Host.CreateUserAsync("ubnd.binhson", Roles.UnitOfficer, "qng.bs");
        var scope = await Host.ScopeOfAsync(officer);
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RecordAsync("delegations-in", thapMuoi, RegisterInput.Delegation(), scope));
    }

    [Fact]
    public async Task Should_refuse_a_viewer_recording_anything()
    {
        var viewer = await Host.CreateUserAsync("xem", Roles.Viewer, "dt");
        var scope = await Host.ScopeOfAsync(viewer);
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(), scope));
    }

    [Fact]
    public async Task Should_edit_and_soft_delete_with_the_version_seen()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation());
        await Host.RunAsync<EditEntry>(e => e.HandleAsync(new EditEntry.Command("delegations-in", id, 0, unit, RegisterInput.Delegation(people: "6")), UnitScope.Everything));
        await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<DeleteEntry>(d => d.HandleAsync(new DeleteEntry.Command("delegations-in", id, 0), UnitScope.Everything)));
        await Host.RunAsync<DeleteEntry>(d => d.HandleAsync(new DeleteEntry.Command("delegations-in", id, 1), UnitScope.Everything));
        Assert.Equal(0, await Host.QueryAsync(db => db.Delegations.CountAsync()));
        Assert.Equal(1, await Host.QueryAsync(db => db.Delegations.IgnoreQueryFilters().CountAsync(d => d.People == 6 && d.DeletedAt != null)));
        Assert.True(await Host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Delegation) && a.After!.Contains("DeletedAt"))));
    }
}

public sealed class RecordEntryTests_Sqlite(SqliteDatabases d) : RecordEntryTests(d), IClassFixture<SqliteDatabases>;
public sealed class RecordEntryTests_Postgres(PostgresDatabases d) : RecordEntryTests(d), IClassFixture<PostgresDatabases>;
