using HuuNghi.Core.Common;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.OrgUnits;

public abstract class RestructuringTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_refuse_a_parent_link_that_would_make_a_cycle()
    {
        var province = await Host.UnitIdAsync("dt");
        var commune = await Host.UnitIdAsync("dt.thapmuoi");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<MoveOrgUnit>(m => m.HandleAsync(new MoveOrgUnit.Command(province, commune, new DateOnly(2026, 1, 1)), UnitScope.Everything)));
        Assert.Contains("vòng lặp", error.Localized.Vi);
        Assert.Contains("cycle", error.Localized.En);
    }

    [Fact]
    public async Task Should_refuse_overlapping_validity_of_parent_links()
    {
        var binhHoa = await Host.UnitIdAsync("qng.bs.binhhoa");
        var province = await Host.UnitIdAsync("qng");
        // Bình Hòa already moved to the province from 1/7/2025; a move dated earlier would overlap that link.
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<MoveOrgUnit>(m => m.HandleAsync(new MoveOrgUnit.Command(binhHoa, province, new DateOnly(2025, 1, 1)), UnitScope.Everything)));
        Assert.Contains("chồng lên nhau", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_move_a_unit_and_keep_the_old_parent_in_history()
    {
        var hoaAn = await Host.UnitIdAsync("tq.hoaan.ttdvc");
        var commune = await Host.UnitIdAsync("tq.hoaan");
        await Host.RunAsync<MoveOrgUnit>(m => m.HandleAsync(new MoveOrgUnit.Command(hoaAn, commune, new DateOnly(2026, 10, 1)), UnitScope.Everything));
        var details = await Host.RunAsync<GetOrgUnit, GetOrgUnit.Details>(g => g.HandleAsync(hoaAn, UnitScope.Everything));
        Assert.Equal(2, details.Parents.Count);
        Assert.Equal(new DateOnly(2026, 9, 30), details.Parents[0].ValidTo);
        Assert.Equal(commune, details.Parents[1].ParentId);
    }

    [Fact]
    public async Task Should_refuse_a_merge_into_a_dissolved_unit()
    {
        var longAn = await Host.UnitIdAsync("la.ubnd");
        var thapMuoi = await Host.UnitIdAsync("dt.tm.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<MergeOrgUnits>(m => m.HandleAsync(new MergeOrgUnits.Command([thapMuoi], longAn, new DateOnly(2025, 8, 1)), UnitScope.Everything)));
        Assert.Contains("giải thể", error.Localized.Vi);
        Assert.Contains("dissolved", error.Localized.En);
    }

    [Fact]
    public async Task Should_merge_and_move_the_children_to_the_target()
    {
        var binhSon = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        var target = await Host.UnitIdAsync("qng.ubnd");
        await Host.RunAsync<MergeOrgUnits>(m => m.HandleAsync(new MergeOrgUnits.Command([binhSon], target, new DateOnly(2026, 1, 1), "Quyết định thử"), UnitScope.Everything));
        var details = await Host.RunAsync<GetOrgUnit, GetOrgUnit.Details>(g => g.HandleAsync(binhSon, UnitScope.Everything));
        Assert.Equal(new DateOnly(2025, 12, 31), details.ValidTo);
        Assert.Contains(details.Events, e => e.Kind == "Merge" && e.Role == "Source");
    }

    [Fact]
    public async Task Should_refuse_to_dissolve_an_area_that_still_has_communes()
    {
        var province = await Host.UnitIdAsync("tq");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<DissolveOrgUnit>(d => d.HandleAsync(new DissolveOrgUnit.Command(province, new DateOnly(2026, 1, 1)), UnitScope.Everything)));
        Assert.Contains("Xã Hòa An", error.Localized.Vi);
    }

    [Fact]
    public async Task Should_answer_an_unknown_unit_with_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() =>
            Host.RunAsync<GetOrgUnit, GetOrgUnit.Details>(g => g.HandleAsync(999_999, UnitScope.Everything)));
        Assert.Contains("999999", error.Localized.En);
    }

    [Fact]
    public async Task Should_refuse_the_second_of_two_edits_made_from_the_same_version()
    {
        var id = await Host.UnitIdAsync("dt.sngv");
        var seen = await Host.QueryAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Id == id).Version));
        await Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Sở Ngoại vụ tỉnh Đồng Tháp", "SNgV", seen), UnitScope.Everything));
        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "Sở Ngoại vụ Đồng Tháp", null, seen), UnitScope.Everything)));
        Assert.Contains("người khác", error.Localized.Vi);
        var saved = await Host.QueryAsync(db => Task.FromResult(db.OrgUnits.Single(u => u.Id == id)));
        Assert.Equal("SNgV", saved.ShortName);
        Assert.Equal("Sở Ngoại vụ tỉnh Đồng Tháp", saved.Name);
    }

    [Fact]
    public async Task Should_refuse_an_empty_name_with_a_message_beside_the_field()
    {
        var id = await Host.UnitIdAsync("dt.sngv");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Host.RunAsync<EditOrgUnit>(e => e.HandleAsync(new EditOrgUnit.Command(id, "  ", null, 0), UnitScope.Everything)));
        Assert.True(error.Errors.ContainsKey(nameof(EditOrgUnit.Command.Name)));
    }
}

public sealed class RestructuringTests_Sqlite(SqliteDatabases d) : RestructuringTests(d), IClassFixture<SqliteDatabases>;
public sealed class RestructuringTests_Postgres(PostgresDatabases d) : RestructuringTests(d), IClassFixture<PostgresDatabases>;
