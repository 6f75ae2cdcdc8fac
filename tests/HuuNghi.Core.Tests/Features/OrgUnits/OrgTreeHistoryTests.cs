using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.OrgUnits;

public abstract class OrgTreeHistoryTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<IReadOnlyList<ListOrgUnits.Row>> TreeAsync(string day) =>
        Host.RunAsync<ListOrgUnits, IReadOnlyList<ListOrgUnits.Row>>(l => l.HandleAsync(DateOnly.Parse(day), UnitScope.Everything));

    [Fact]
    public async Task Should_show_the_district_before_the_reform_and_its_commune_under_the_province_after()
    {
        var before = await TreeAsync("2024-01-01");
        var after = await TreeAsync("2026-01-01");
        var district = Assert.Single(before, r => r.Name == "Huyện Tháp Mười");
        var myAn = Assert.Single(before, r => r.Name == "Thị trấn Mỹ An");
        Assert.Equal(district.Id, myAn.ParentId);

        Assert.DoesNotContain(after, r => r.Name == "Huyện Tháp Mười");
        var province = Assert.Single(after, r => r.Name == "Tỉnh Đồng Tháp");
        Assert.Equal(province.Id, Assert.Single(after, r => r.Name == "Xã Tháp Mười").ParentId);
        var tuyenQuang = Assert.Single(after, r => r.Name == "Tỉnh Tuyên Quang");
        Assert.Equal(tuyenQuang.Id, Assert.Single(after, r => r.Name == "Xã Hòa An").ParentId);
    }

    [Fact]
    public async Task Should_merge_provinces_on_the_reform_day_and_keep_the_old_ones_in_history()
    {
        Assert.Contains(await TreeAsync("2025-06-30"), r => r.Name == "Tỉnh Long An");
        Assert.DoesNotContain(await TreeAsync("2025-07-01"), r => r.Name == "Tỉnh Long An");
        Assert.DoesNotContain(await TreeAsync("2025-07-01"), r => r.Level == "District");
        Assert.Contains(await TreeAsync("2025-07-01"), r => r.Name == "Tỉnh Tây Ninh");
    }

    [Fact]
    public async Task Should_resolve_the_names_documents_use_in_the_context_of_their_writer()
    {
        var tree = await Host.RunAsync<Core.Data.HuuNghiDbContext, OrgTree>(db => new OrgTreeCache().GetAsync(db));
        var day = new DateOnly(2024, 1, 15);
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        Assert.Equal(await Host.UnitIdAsync("dt.ubnd"), tree.Resolve("UBND Tỉnh", thapMuoi, day));
        Assert.Equal(await Host.UnitIdAsync("dt.tm.ubnd"), tree.Resolve("UBND huyện", thapMuoi, day));
        Assert.Equal(await Host.UnitIdAsync("dt.sngv"), tree.Resolve("Sở Ngoại vụ tỉnh Đồng Tháp", thapMuoi, day));
        Assert.Equal(await Host.UnitIdAsync("qng.sngv"), tree.Resolve("Sở Ngoại vụ", await Host.UnitIdAsync("qng.bs.ubnd"), day));
        Assert.Equal(await Host.UnitIdAsync("tn.tu"), tree.Resolve("Ban Thường vụ Tỉnh uỷ", await Host.UnitIdAsync("tn.bdv"), new DateOnly(2022, 6, 27)));
        Assert.Equal(await Host.UnitIdAsync("dt.tm.ubnd"), tree.Resolve("Ủy ban nhân dân huyện Tháp Mười", null, day));
        Assert.Null(tree.Resolve("Huyện Tháp Mười", null, new DateOnly(2026, 1, 1)));
        Assert.Null(tree.Resolve("Ủy ban nhân dân tỉnh", null, day));
    }

    [Fact]
    public async Task Should_show_a_renamed_unit_under_its_old_name_before_the_rename()
    {
        var id = await Host.UnitIdAsync("tq.hoaan.pkt");
        var version = await Host.QueryAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Id == id).Version));
        await Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Phòng Kinh tế - Hạ tầng xã Hòa An", null, version, new DateOnly(2026, 9, 1)), UnitScope.Everything));
        Assert.Contains(await TreeAsync("2026-08-31"), r => r.Id == id && r.Name == "Phòng Kinh tế xã Hòa An");
        Assert.Contains(await TreeAsync("2026-09-01"), r => r.Id == id && r.Name == "Phòng Kinh tế - Hạ tầng xã Hòa An");
    }
}

public sealed class OrgTreeHistoryTests_Sqlite(SqliteDatabases d) : OrgTreeHistoryTests(d), IClassFixture<SqliteDatabases>;
public sealed class OrgTreeHistoryTests_Postgres(PostgresDatabases d) : OrgTreeHistoryTests(d), IClassFixture<PostgresDatabases>;
