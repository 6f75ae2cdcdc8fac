using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Registers.Delegations;
using HuuNghi.Documents.Writing.Xlsx;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Registers;

public abstract class ImportRegisterTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Theory]
    [InlineData("delegations-in")]
    [InlineData("aid-projects")]
    [InlineData("aid-disbursements")]
    [InlineData("agreements")]
    [InlineData("citizens-abroad")]
    [InlineData("information-activities")]
    [InlineData("budget")]
    [InlineData("commendations")]
    [InlineData("officers")]
    public async Task Should_reimport_an_export_without_changing_anything(string register)
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var audit = await Host.QueryAsync(db => db.AuditEntries.CountAsync());
        var exported = await Host.ExportAsync(register);

        var result = await Host.ImportAsync(register, exported);

        Assert.Empty(result.Rejected);
        Assert.True(result.Stored > 0);
        Assert.Equal(0, result.Changed);
        Assert.Equal(audit, await Host.QueryAsync(db => db.AuditEntries.CountAsync()));
        var before = XlsxWorkbook.Read(exported).Rows.Select(r => r.Cells.ToList());
        var after = XlsxWorkbook.Read(await Host.ExportAsync(register)).Rows.Select(r => r.Cells.ToList());
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("delegations-in")]
    [InlineData("delegations-out")]
    [InlineData("aid-projects")]
    [InlineData("aid-disbursements")]
    [InlineData("agreements")]
    [InlineData("citizens-abroad")]
    [InlineData("overseas-events")]
    [InlineData("information-activities")]
    [InlineData("trainings")]
    [InlineData("budget")]
    [InlineData("commendations")]
    [InlineData("officers")]
    public async Task Should_store_only_its_own_rows_unchanged_when_another_provinces_officer_imports_the_export(string register)
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var foreign = await Host.ScopeOfAsync(await Host.CreateUserAsync("cb.binhson", HuuNghi.Core.Features.Users.Roles.UnitOfficer, "qng.bs.ubnd"));
        var exported = await Host.ExportAsync(register);
        var rows = XlsxWorkbook.Read(exported).Rows.Count;
        var records = await Host.QueryAsync(db => RegisterCatalog.Get(register).Query(db).IgnoreQueryFilters().CountAsync());
        var (partners, audit) = (await Host.QueryAsync(db => db.Partners.CountAsync()), await Host.QueryAsync(db => db.AuditEntries.CountAsync()));

        var units = foreign.UnitIds.ToList();
        var own = await Host.QueryAsync(db => RegisterCatalog.Get(register).Query(db).CountAsync(r => units.Contains(r.OrgUnitId)));

        var result = await Host.ImportAsync(register, exported, foreign);

        Assert.Equal(own, result.Stored); // its own rows, as they are
        Assert.Equal(0, result.Changed);
        Assert.Equal(rows - own, result.Rejected.Count);
        Assert.Equal(records, await Host.QueryAsync(db => RegisterCatalog.Get(register).Query(db).IgnoreQueryFilters().CountAsync()));
        Assert.Equal(partners, await Host.QueryAsync(db => db.Partners.CountAsync()));
        Assert.Equal(audit, await Host.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Should_store_the_good_rows_and_name_the_bad_row()
    {
        var sheet = Workbooks.Sheet(Workbooks.DelegationHeaders,
            [Workbooks.DelegationRow("Seed to Table", 4), Workbooks.DelegationRow("Sunny", -2), Workbooks.DelegationRow("Rikolto", 3)]);

        var result = await Host.ImportAsync("delegations-in", sheet);

        Assert.Equal(2, result.Stored);
        var bad = Assert.Single(result.Rejected);
        Assert.Equal(3, bad.Row);
        Assert.Contains("Số người: không được âm.", bad.Errors.Select(e => e.Vi));
        Assert.Equal(2, await Host.QueryAsync(db => db.Delegations.CountAsync()));
        Assert.False(await Host.QueryAsync(db => db.Partners.AnyAsync(p => p.Name == "Sunny")));
    }

    [Fact]
    public async Task Should_refuse_a_people_count_of_1_5_as_text_or_as_a_number_and_name_its_row()
    {
        var typed = (string people) => new[] { XlsxValue.Text("dt.tm.ubnd"), XlsxValue.Date(new DateOnly(2023, 4, 5)), XlsxValue.Text("Rikolto"),
            XlsxValue.Text("Nhật Bản"), XlsxValue.Text("Khảo sát dự án"), XlsxValue.Text(people) };
        var number = Workbooks.DelegationRow("Rikolto", 0).Take(5).Append(XlsxValue.Decimal(1.5m)).ToList();
        var sheet = Workbooks.Sheet(Workbooks.DelegationHeaders, [typed("1.234"), typed("1.5"), Workbooks.DelegationRow("Rikolto", 3), number]);

        var result = await Host.ImportAsync("delegations-in", sheet);

        Assert.Equal(2, result.Stored);
        Assert.Equal([3, 5], result.Rejected.Select(r => r.Row));
        Assert.StartsWith("Số người: '1.5' không phải cách viết số hợp lệ", Assert.Single(result.Rejected[0].Errors).Vi);
        Assert.StartsWith("Số người: '1,5' không phải số nguyên", Assert.Single(result.Rejected[1].Errors).Vi);
        Assert.Equal([3, 1234], await Host.QueryAsync(db => db.Delegations.OrderBy(d => d.People).Select(d => d.People).ToListAsync()));
    }

    [Fact]
    public async Task Should_reject_rows_with_a_formula_or_a_merged_cell()
    {
        var sheet = Workbooks.Sheet(Workbooks.DelegationHeaders,
            [Workbooks.DelegationRow("Seed to Table", 4), Workbooks.DelegationRow("Rikolto", 3), Workbooks.DelegationRow("IRRI", 2)]);
        var spoiled = Workbooks.Spoil(sheet, formulaCell: "F2", mergedRange: "E3:E4");

        var result = await Host.ImportAsync("delegations-in", spoiled);

        Assert.Equal(0, result.Stored);
        Assert.Equal([2, 3, 4], result.Rejected.Select(r => r.Row));
        Assert.Contains("Ô F2 chứa công thức", result.Rejected[0].Errors[0].Vi);
        Assert.Contains("gộp ô", result.Rejected[1].Errors[0].Vi);
        Assert.Contains("Mục đích: bắt buộc nhập.", result.Rejected[2].Errors.Select(e => e.Vi));
        Assert.Equal(0, await Host.QueryAsync(db => db.Delegations.CountAsync()));
    }

    [Fact]
    public async Task Should_never_overwrite_with_blank_cells()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation(people: "5"));
        var sheet = Workbooks.Sheet(["Mã bản ghi", "Mục đích", "Số người", "Quốc gia"],
            [[XlsxValue.Integer(id), XlsxValue.Empty, XlsxValue.Integer(7), XlsxValue.Empty]]);

        var result = await Host.ImportAsync("delegations-in", sheet);

        Assert.Equal((1, 1), (result.Stored, result.Changed));
        var saved = await Host.QueryAsync(db => db.Delegations.SingleAsync(d => d.Id == id));
        Assert.Equal(("Khảo sát dự án", "BE", 7), (saved.Purpose, saved.Country, saved.People));
    }

    [Fact]
    public async Task Should_refuse_a_fifty_thousand_row_workbook_whole()
    {
        var rows = Enumerable.Range(0, 50_000).Select(i => Workbooks.DelegationRow("Rikolto", 2, 1 + i % 28));
        var sheet = Workbooks.Sheet(Workbooks.DelegationHeaders, rows);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.ImportAsync("delegations-in", sheet));

        Assert.Contains("50.000 dòng", error.Errors["file"][0].Vi);
        Assert.Contains("Nothing was stored", error.Errors["file"][0].En);
        Assert.Equal(0, await Host.QueryAsync(db => db.Delegations.CountAsync()));
    }

    [Fact]
    public async Task Should_take_a_partner_typed_two_ways_in_one_workbook_as_one_partner()
    {
        var sheet = Workbooks.Sheet(Workbooks.DelegationHeaders,
            [Workbooks.DelegationRow("Rikolto", 4), Workbooks.DelegationRow("RIKOLTO", 3), Workbooks.DelegationRow("Tổ chức Rikolto", 2)]);
        var result = await Host.ImportAsync("delegations-in", sheet);
        Assert.Equal(3, result.Stored);
        Assert.Equal(1, await Host.QueryAsync(db => db.Partners.CountAsync()));
    }

    [Fact]
    public async Task Should_refuse_a_sheet_that_is_not_the_register()
    {
        var sheet = Workbooks.Sheet(["Họ tên", "Tuổi"], [[XlsxValue.Text("A"), XlsxValue.Integer(3)]]);
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.ImportAsync("delegations-in", sheet));
        Assert.Contains("Cột 'Họ tên' không thuộc sổ", error.Errors["file"][0].Vi);
        var notExcel = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.ImportAsync("delegations-in", "not a workbook"u8.ToArray()));
        Assert.Contains(".xlsx", notExcel.Errors["file"][0].Vi);
    }

    [Fact]
    public async Task Should_give_a_template_that_imports_once_filled()
    {
        var template = XlsxWorkbook.Read(await Host.ExportAsync("delegations-in", template: true));
        Assert.Empty(template.Rows);
        Assert.Equal(["Mã bản ghi", "Mã đơn vị", "Tên đơn vị", "Ngày bắt đầu"], template.Headers.Take(4));
        var filled = Workbooks.Sheet(template.Headers.ToList(),
            [[XlsxValue.Empty, XlsxValue.Text("dt.tm.ubnd"), XlsxValue.Empty, XlsxValue.Date(new DateOnly(2023, 5, 2)), XlsxValue.Empty,
              XlsxValue.Text("IRRI"), XlsxValue.Text("Phi-líp-pin"), XlsxValue.Text("Khảo sát"), XlsxValue.Empty, XlsxValue.Integer(3)]]);
        var result = await Host.ImportAsync("delegations-in", filled);
        Assert.Equal(1, result.Stored);
        Assert.Equal(DelegationDirection.Inbound, await Host.QueryAsync(db => db.Delegations.Select(d => d.Direction).SingleAsync()));
    }
}

public sealed class ImportRegisterTests_Sqlite(SqliteDatabases d) : ImportRegisterTests(d), IClassFixture<SqliteDatabases>;
public sealed class ImportRegisterTests_Postgres(PostgresDatabases d) : ImportRegisterTests(d), IClassFixture<PostgresDatabases>;
