using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.OrgUnits;

/// <summary>Mã định danh on a unit: the QCVN 102 shape, one unit per code, audited, in the tree the API and CLI print.</summary>
public abstract class IdentifierCodeTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private async Task<OrgUnit> UnitAsync(string code) =>
        await Host.QueryAsync(db => db.OrgUnits.AsNoTracking().SingleAsync(u => u.Code == code));

    private Task EditAsync(OrgUnit unit, string? identifierCode, string? name = null) =>
        Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(
            new EditOrgUnit.Command(unit.Id, name ?? unit.Name, unit.ShortName, unit.Version, IdentifierCode: identifierCode), UnitScope.Everything));

    [Theory]
    [InlineData("H49.00.00.000", "cấu trúc")]   // level 1 written first: not how QCVN 102 writes it
    [InlineData("000.00.00.h4", "cấu trúc")]
    [InlineData("000.00.00.H00", "cấp 1")]
    [InlineData("000.05.00.H49", "cấp trên")]   // level 3 under an empty level 2
    [InlineData("001.00.02.H49", "cấp trên")]
    public async Task Should_refuse_a_code_not_in_the_QCVN_102_shape_and_store_nothing(string code, string why)
    {
        var unit = await UnitAsync("dt.sngv");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => EditAsync(unit, code));
        var message = Assert.Single(error.Errors[nameof(EditOrgUnit.Command.IdentifierCode)]);
        Assert.Contains(why, message.Vi);
        Assert.Contains("identifier code", message.En);
        Assert.Equal(unit.IdentifierCode, (await UnitAsync("dt.sngv")).IdentifierCode);
    }

    [Fact]
    public async Task Should_refuse_a_code_another_unit_already_holds()
    {
        var province = await UnitAsync("dt");
        var unit = await UnitAsync("dt.sngv");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => EditAsync(unit, " " + province.IdentifierCode!.ToLowerInvariant()));
        var message = Assert.Single(error.Errors[nameof(EditOrgUnit.Command.IdentifierCode)]);
        Assert.Contains("Tỉnh Đồng Tháp", message.Vi);
        Assert.Contains("already belongs", message.En);
        Assert.NotEqual(province.IdentifierCode, (await UnitAsync("dt.sngv")).IdentifierCode);
    }

    [Fact]
    public async Task Should_audit_a_new_code_and_keep_it_when_a_rename_leaves_it_out()
    {
        var unit = await UnitAsync("dt.sngv");
        await EditAsync(unit, "000.00.00.H87");
        var entry = Assert.Single((await Host.RunAsync<ListAudit, ListAudit.Result>(l =>
            l.HandleAsync(new ListAudit.Query("OrgUnit", unit.Id.ToString()), UnitScope.Everything))).Rows, r => r.Action == "Modified");
        Assert.Contains(entry.Changes, c => c.Field == "IdentifierCode" && c.After == "000.00.00.H87");

        await EditAsync(await UnitAsync("dt.sngv"), null, "Sở Ngoại vụ Đồng Tháp");
        Assert.Equal("000.00.00.H87", (await UnitAsync("dt.sngv")).IdentifierCode);
        await EditAsync(await UnitAsync("dt.sngv"), "");
        Assert.Null((await UnitAsync("dt.sngv")).IdentifierCode);
    }

    [Fact]
    public async Task Should_give_the_reference_units_unique_codes_in_the_QCVN_102_shape()
    {
        var codes = await Host.QueryAsync(db => db.OrgUnits.Where(u => u.IdentifierCode != null).Select(u => new { u.Code, u.IdentifierCode }).ToListAsync());
        Assert.True(codes.Count > 100, $"{codes.Count} units carry a code");
        Assert.All(codes, c => Assert.True(IdentifierCode.IsValid(c.IdentifierCode!), c.IdentifierCode));
        Assert.Equal(codes.Count, codes.Select(c => c.IdentifierCode).Distinct().Count());
        var province = (await UnitAsync("dt")).IdentifierCode!;
        Assert.Matches(@"^000\.00\.00\.H\d\d$", province);
        // A province's department sits levels below it under the same level-1 code.
        Assert.EndsWith(province[^4..], (await UnitAsync("dt.sngv")).IdentifierCode);
        Assert.Matches(@"^000\.00\.00\.G\d\d$", (await UnitAsync("tw.bng")).IdentifierCode!);
    }

    [Fact]
    public async Task Should_carry_the_code_in_the_tree_and_the_unit_details()
    {
        var unit = await UnitAsync("dt.sngv");
        var rows = await Host.RunAsync<ListOrgUnits, IReadOnlyList<ListOrgUnits.Row>>(l => l.HandleAsync(new DateOnly(2026, 1, 1), UnitScope.Everything));
        Assert.Equal(unit.IdentifierCode, Assert.Single(rows, r => r.Id == unit.Id).IdentifierCode);
        var details = await Host.RunAsync<GetOrgUnit, GetOrgUnit.Details>(g => g.HandleAsync(unit.Id, UnitScope.Everything));
        Assert.Equal(unit.IdentifierCode, details.IdentifierCode);
    }
}

public sealed class IdentifierCodeTests_Sqlite(SqliteDatabases d) : IdentifierCodeTests(d), IClassFixture<SqliteDatabases>;
public sealed class IdentifierCodeTests_Postgres(PostgresDatabases d) : IdentifierCodeTests(d), IClassFixture<PostgresDatabases>;
