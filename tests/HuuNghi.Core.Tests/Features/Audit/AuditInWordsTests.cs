using HuuNghi.Core.Features.Audit;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Registers;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Audit;

public abstract class AuditInWordsTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<ListAudit.Result> ListAsync(ListAudit.Query query, UnitScope? scope = null) =>
        Host.RunAsync<ListAudit, ListAudit.Result>(l => l.HandleAsync(query, scope ?? UnitScope.Everything));

    [Fact]
    public async Task Should_say_a_rename_of_a_unit_in_words_with_the_officers_full_name()
    {
        var lan = await Host.CreateUserAsync("sngv.lan", Roles.FocalOfficer, "dt");
        await Host.QueryAsync(async db => { (await db.Users.SingleAsync(u => u.Id == lan)).FullName = "Nguyễn Thị Lan"; return await db.SaveChangesAsync(); });
        Host.Actor.UserId = lan;
        Host.Actor.Name = "sngv.lan";
        var id = await Host.UnitIdAsync("dt.sngv");
        var version = await Host.QueryAsync(db => db.OrgUnits.Where(u => u.Id == id).Select(u => u.Version).SingleAsync());
        await Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Sở Ngoại vụ Đồng Tháp", null, version), UnitScope.Everything));

        var row = Assert.Single((await ListAsync(new ListAudit.Query("OrgUnit", id.ToString()))).Rows, r => r.Action == "Modified");
        Assert.Equal("Nguyễn Thị Lan đã sửa tên đơn vị từ «Sở Ngoại vụ tỉnh Đồng Tháp» thành «Sở Ngoại vụ Đồng Tháp»", row.Text);
        Assert.Equal(id, row.OrgUnitId);
        Assert.Equal("Sở Ngoại vụ Đồng Tháp", row.UnitName);
    }

    [Fact]
    public async Task Should_name_kinds_fields_and_dates_in_vietnamese_and_fall_back_to_a_generic_record()
    {
        var before = """{"DueOn":"2026-06-30","Ref":"3","Title":"Tuyên truyền","Version":2}""";
        var after = """{"DueOn":"2026-12-31","Ref":"3","Title":"Tuyên truyền","Version":3}""";
        Assert.Equal("Lan đã sửa hạn nhiệm vụ «Tuyên truyền» từ «30/06/2026» thành «31/12/2026»",
            AuditText.Sentence("Lan", "Modified", "PlanTask", "9", before, after).Vi);
        Assert.Equal("Lan đã xóa bản ghi số 74", AuditText.Sentence("Lan", "Deleted", "SomethingNew", "74", "{}", null).Vi);
        Assert.Equal("Lan đã thêm kế hoạch «313/KH-UBND»: Ngày kế hoạch «05/01/2026»",
            AuditText.Sentence("Lan", "Added", "Plan", "5", null, """{"Reference":"313/KH-UBND","PlanDate":"2026-01-05","IssuerUnitId":4,"CreatedAt":"2026-01-05T03:00:00Z"}""").Vi);
        Assert.Contains("Xã Hòa An", AuditText.Sentence("Lan", "Modified", "OrgUnit", "1",
            """{"Name":"Xã Hòa An","ValidTo":null}""", """{"Name":"Xã Hòa An","ValidTo":"2025-06-30"}""").Vi);
        Assert.All(AuditText.Kinds, k => Assert.DoesNotMatch("^[A-Z][a-z]+[A-Z]", k.Name.Vi));
    }

    [Fact]
    public async Task Should_never_show_a_password_hash_or_security_stamp()
    {
        await Host.CreateUserAsync("someone", Roles.Viewer, "dt");
        var rows = (await ListAsync(new ListAudit.Query("AppUser"))).Rows;
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => r.Text.StartsWith("test đã thêm tài khoản «someone»", StringComparison.Ordinal));
        // Setting the password is a change to the hash and stamp only: said as an edit of the account, never with the values.
        Assert.All(rows, r => Assert.Contains("tài khoản «someone»", r.Text));
        Assert.All(rows, r => Assert.DoesNotContain("AQAAAA", r.Text));
        var sentence = AuditText.Sentence("Lan", "Modified", "AppUser", "3",
            """{"UserName":"someone","PasswordHash":"AQAAAAIAAYagAAAAEOld","SecurityStamp":"OLDSTAMP"}""",
            """{"UserName":"someone","PasswordHash":"AQAAAAIAAYagAAAAENew","SecurityStamp":"NEWSTAMP"}""");
        Assert.DoesNotContain("AQAAAA", sentence.Vi);
        Assert.DoesNotContain("STAMP", sentence.Vi);
        Assert.DoesNotContain("Password", sentence.En);
    }

    [Fact]
    public async Task Should_filter_by_a_units_subtree_and_keep_another_provinces_rows_from_a_provincial_officer()
    {
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var binhSon = await Host.UnitIdAsync("qng.bs.ubnd");
        var dongThap = await Host.UnitIdAsync("dt");
        var quangNgai = await Host.UnitIdAsync("qng");
        await Host.RecordAsync("delegations-in", thapMuoi, RegisterInput.Delegation());
        await Host.RecordAsync("delegations-in", binhSon, RegisterInput.Delegation());

        var inDongThap = (await ListAsync(new ListAudit.Query("Delegation", UnitId: dongThap))).Rows;
        var row = Assert.Single(inDongThap);
        Assert.Equal(thapMuoi, row.OrgUnitId);
        Assert.StartsWith("test đã thêm đoàn vào «Khảo sát dự án»: ", row.Text);
        Assert.Contains("«Bỉ»", row.Text);

        var officer = await Host.CreateUserAsync("sngv.qng", Roles.FocalOfficer, "qng");
        var scope = await Host.ScopeOfAsync(officer);
        // The rows were made by a user of neither province: the Quảng Ngãi officer sees its own unit's row by its unit.
        Assert.Equal(binhSon, Assert.Single((await ListAsync(new ListAudit.Query("Delegation"), scope)).Rows).OrgUnitId);
        Assert.Empty((await ListAsync(new ListAudit.Query("Delegation", UnitId: dongThap), scope)).Rows);
        Assert.Single((await ListAsync(new ListAudit.Query("Delegation", UnitId: quangNgai), scope)).Rows);
    }

    [Fact]
    public async Task Should_page_through_every_row_past_twenty_and_fifty_newest_or_oldest_first()
    {
        var start = Host.Clock.GetUtcNow().UtcDateTime;
        await Host.QueryAsync(async db =>
        {
            db.AuditEntries.AddRange(Enumerable.Range(1, 120).Select(i => new AuditEntry
            {
                At = start.AddMinutes(i), UserName = i % 2 == 0 ? "sngv.dongthap" : "ubnd.thapmuoi", Action = "Modified",
                EntityType = "Plan", EntityId = i.ToString(), Before = $$"""{"Title":"Kế hoạch {{i}}"}""", After = $$"""{"Title":"Kế hoạch số {{i}}"}""",
            }));
            return await db.SaveChangesAsync();
        });

        var seen = new List<long>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await ListAsync(new ListAudit.Query("Plan", Page: page));
            Assert.Equal(120, result.Total);
            seen.AddRange(result.Rows.Select(r => r.Id));
        }
        Assert.Equal(120, seen.Distinct().Count());
        Assert.Equal(seen.OrderByDescending(i => i), seen);
        var oldest = await ListAsync(new ListAudit.Query("Plan", OldestFirst: true, Page: 3));
        Assert.Equal(20, oldest.Rows.Count);
        Assert.Equal("Kế hoạch số 120", AuditText.Which("120", null, oldest.Rows[^1].After).Vi.Trim('«', '»'));

        Assert.Equal(60, (await ListAsync(new ListAudit.Query("Plan", Person: "THAPMUOI"))).Total);
        Assert.Equal(1, (await ListAsync(new ListAudit.Query("Plan", Text: "kế hoạch số 117"))).Total);
    }
}

public sealed class AuditInWordsTests_Sqlite(SqliteDatabases d) : AuditInWordsTests(d), IClassFixture<SqliteDatabases>;
public sealed class AuditInWordsTests_Postgres(PostgresDatabases d) : AuditInWordsTests(d), IClassFixture<PostgresDatabases>;
