using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Plans;

public abstract class ImportPlansTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<ImportDocuments.Result> ImportAsync(string path) =>
        Host.RunAsync<ImportDocuments, ImportDocuments.Result>(i => i.HandleAsync(
            new ImportDocuments.Command(Path.GetFileName(path), File.ReadAllBytes(path)), UnitScope.Everything));

    private Task<ShowPlan.Details> ShowAsync(string reference) =>
        Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.ByReferenceAsync(reference, UnitScope.Everything));

    [Fact]
    public async Task Should_turn_plan_83_into_tasks_with_every_lead_matched()
    {
        var imported = await ImportAsync(Seeds.Path("002"));
        var planId = imported.Documents.Single(d => d.Reference == "83-KH/TU").PlanId;
        Assert.NotNull(planId);
        var plan = await ShowAsync("83-KH/TU");
        Assert.Equal(planId, plan.Id);
        Assert.Equal(16, plan.Tasks.Count);
        Assert.All(plan.Tasks.SelectMany(t => t.Lead), l => Assert.True(l.OrgUnitId is not null || l.OrgUnitIds is { Count: > 0 }, l.Name));

        var task11 = plan.Tasks.Single(t => t.Ref == "1.1");
        Assert.Equal(await Host.UnitIdAsync("tn.bdv"), task11.Lead.Single().OrgUnitId);
        Assert.Equal("ongoing", task11.Timeframe.Kind);
        var districts = task11.Coordinating.Single(c => c.Name.StartsWith("các huyện ủy", StringComparison.Ordinal)).OrgUnitIds!;
        Assert.Contains(await Host.UnitIdAsync("tn.dmc.hu"), districts);
        var mass = task11.Coordinating.Single(c => c.Name == "các tổ chức chính trị - xã hội").OrgUnitIds!;
        Assert.Contains(await Host.UnitIdAsync("tn.hlhpn"), mass);
        Assert.Equal(await Host.UnitIdAsync("tn.dd.mttq"), task11.Coordinating.Single(c => c.Name.StartsWith("Đảng đoàn", StringComparison.Ordinal)).OrgUnitId);
        Assert.NotNull(plan.Tasks.Single(t => t.Ref == "2.3").Timeframe.Occurrences);
    }

    [Fact]
    public async Task Should_link_letters_implementing_83_and_show_them_in_compliance()
    {
        await ImportAsync(Seeds.Path("002"));
        var compliance = await Host.RunAsync<ShowCompliance, ShowCompliance.Result>(c => c.ByReferenceAsync("83-KH/TU", null, UnitScope.Everything));
        var bdv = compliance.Units.Single(u => u.OrgUnitId == Host.UnitIdAsync("tn.bdv").Result);
        Assert.Contains(bdv.ImplementingPlans, p => p.Reference == "578-CV/BDVTU");
        Assert.True(bdv.Tasks > 0);
    }

    [Fact]
    public async Task Should_yield_per_unit_duties_of_seeds_001_and_004()
    {
        var hoaAn = await ImportAsync(Seeds.Path("001"));
        var xuanTruong = await ImportAsync(Seeds.Path("004"));
        var plan62 = await ShowAsync("62/KH-UBND");
        Assert.Equal(await Host.UnitIdAsync("tq.hoaan.pkt"), plan62.Tasks.Single(t => t.Ref == "III.4.a").Lead.Single().OrgUnitId);
        Assert.Equal(2, plan62.Tasks.Single(t => t.Ref == "III.7.a").Lead.Count(l => l.OrgUnitId != null));
        Assert.Contains(await Host.UnitIdAsync("tq.hoaan.ca"), plan62.Tasks.Single(t => t.Ref == "III.1.a").Lead.Single().OrgUnitIds!);

        var planId = xuanTruong.Documents.Single(d => d.PlanId != null).PlanId!.Value;
        var plan004 = await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, UnitScope.Everything));
        Assert.Equal(new DateOnly(2022, 4, 4), plan004.PlanDate);
        Assert.Equal(await Host.UnitIdAsync("nd.xt.btg"), plan004.Tasks.Single(t => t.Ref == "III.2").Lead.Single().OrgUnitId);
        Assert.Contains(await Host.UnitIdAsync("nd.xt.xuanhong.du"), plan004.Tasks.Single(t => t.Ref == "III.1").Lead.Single().OrgUnitIds!);
        Assert.All(plan004.Tasks.Where(t => t.Ref.StartsWith("III", StringComparison.Ordinal)).SelectMany(t => t.Lead),
            l => Assert.True(l.OrgUnitId is not null || l.OrgUnitIds is { Count: > 0 }, l.Name));
    }

    [Fact]
    public async Task Should_keep_one_plan_when_the_same_file_is_imported_twice()
    {
        var first = await ImportAsync(Seeds.Path("002"));
        var again = await ImportAsync(Seeds.Path("002"));
        Assert.True(again.Unchanged);
        Assert.Equal(first.Documents.Select(d => d.PlanId), again.Documents.Select(d => d.PlanId));
        Assert.Equal(3, await Host.QueryAsync(db => db.Plans.CountAsync()));
    }

    [Fact]
    public async Task Should_remember_a_mapped_name_for_the_plan_and_later_ones()
    {
        await ImportAsync(Seeds.Path("002"));
        var unmatched = await Host.RunAsync<MapUnitName, IReadOnlyList<MapUnitName.Unmatched>>(m => m.ListAsync(UnitScope.Everything));
        var border = unmatched.First(u => u.Name == "các địa phương giáp biên giới");
        var target = await Host.UnitIdAsync("tn.bc.ubnd");
        var matched = await Host.RunAsync<MapUnitName, int>(m => m.HandleAsync(new MapUnitName.Command(border.PlanId, border.Name, target), UnitScope.Everything));
        Assert.True(matched >= 1);
        var after = await Host.RunAsync<MapUnitName, IReadOnlyList<MapUnitName.Unmatched>>(m => m.ListAsync(UnitScope.Everything));
        Assert.DoesNotContain(after, u => u.Name == border.Name);
        var alias = await Host.QueryAsync(db => db.OrgUnitAliases.SingleAsync(a => a.Text == border.Name));
        Assert.Equal(await Host.UnitIdAsync("tn"), alias.ScopeUnitId);
    }
}

public sealed class ImportPlansTests_Sqlite(SqliteDatabases d) : ImportPlansTests(d), IClassFixture<SqliteDatabases>;
public sealed class ImportPlansTests_Postgres(PostgresDatabases d) : ImportPlansTests(d), IClassFixture<PostgresDatabases>;
