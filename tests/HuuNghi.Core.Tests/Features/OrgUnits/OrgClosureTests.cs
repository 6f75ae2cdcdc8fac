using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Maintenance;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.OrgUnits;

/// <summary>The closure table must say, for every unit and day, exactly what walking the in-memory tree says.</summary>
public abstract class OrgClosureTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private static readonly DateOnly[] Days =
        [new(2020, 1, 1), new(2025, 6, 30), new(2025, 7, 1), new(2026, 1, 31), new(2026, 2, 1), new(2026, 2, 28), new(2026, 3, 1),
         new(2026, 3, 31), new(2026, 4, 1), new(2026, 9, 30), new(2026, 10, 1), new(2027, 1, 1)];

    private Task<OrgTree> TreeAsync() => Host.QueryAsync(async db => new OrgTree(
        await db.OrgUnits.AsNoTracking().ToListAsync(), await db.OrgUnitParentLinks.AsNoTracking().ToListAsync(),
        await db.OrgUnitEvents.AsNoTracking().Include(e => e.Units).ToListAsync(), await db.OrgUnitAliases.AsNoTracking().ToListAsync()));

    private async Task AssertClosureMatchesTreeAsync()
    {
        var tree = await TreeAsync();
        var rows = await Host.QueryAsync(db => db.OrgUnitClosures.AsNoTracking().ToListAsync());
        var byAncestor = rows.ToLookup(r => r.AncestorId);
        foreach (var day in Days)
            foreach (var unit in tree.Units)
            {
                var expected = tree.SubtreeOn(unit.Id, day).Order().ToList();
                var actual = byAncestor[unit.Id].Where(r => r.ValidFrom <= day && day <= r.ValidTo).Select(r => r.DescendantId).Distinct().Order().ToList();
                Assert.True(expected.SequenceEqual(actual), $"{unit.Code} on {day:yyyy-MM-dd}: tree [{string.Join(",", expected)}], closure [{string.Join(",", actual)}]");
            }
    }

    private async Task RestructureAsync()
    {
        async Task<int> Id(string code) => await Host.UnitIdAsync(code);
        var all = UnitScope.Everything;
        await Host.RunAsync<SplitOrgUnit>(async s => await s.HandleAsync(new SplitOrgUnit.Command(await Id("tq.hdnd"), [await Id("tq.ubnd"), await Id("tq.mttq")], new(2026, 2, 1)), all));
        await Host.RunAsync<MergeOrgUnits>(async m => await m.HandleAsync(new MergeOrgUnits.Command([await Id("tq.hoaan.pkt")], await Id("tq.hoaan.vp"), new(2026, 3, 1)), all));
        await Host.RunAsync<DissolveOrgUnit>(async d => await d.HandleAsync(new DissolveOrgUnit.Command(await Id("tq.hoaan.bchqs"), new(2026, 4, 1)), all));
        await Host.RunAsync<MoveOrgUnit>(async m => await m.HandleAsync(new MoveOrgUnit.Command(await Id("tq.hoaan.ttdvc"), await Id("tq.hoaan"), new(2026, 10, 1)), all));
    }

    [Fact]
    public async Task Should_match_the_tree_on_every_day_after_the_reference_data_and_the_2025_reform()
    {
        await AssertClosureMatchesTreeAsync();
        Assert.False(await Host.QueryAsync(db => OrgClosure.IsStaleAsync(db)));
    }

    [Fact]
    public async Task Should_stay_right_after_a_split_merge_dissolution_and_move_across_dates()
    {
        await RestructureAsync();

        await AssertClosureMatchesTreeAsync();
        var ttdvc = await Host.UnitIdAsync("tq.hoaan.ttdvc");
        var ubnd = await Host.UnitIdAsync("tq.hoaan.ubnd");
        var under = await Host.QueryAsync(db => db.OrgUnitClosures.Where(c => c.AncestorId == ubnd && c.DescendantId == ttdvc).ToListAsync());
        // Under the People's Committee from its start on 1/7/2025 until the move: history kept, not rewritten.
        Assert.Equal((new DateOnly(2025, 7, 1), new DateOnly(2026, 9, 30)), (Assert.Single(under).ValidFrom, Assert.Single(under).ValidTo));
    }

    [Fact]
    public async Task Should_stay_right_and_count_every_edit_when_overlapping_tree_edits_are_saved_at_once()
    {
        var all = UnitScope.Everything;
        Task<long> StampAsync() => Host.QueryAsync(db => db.OrgTreeStamps.AsNoTracking().Where(s => s.Id == 1).Select(s => s.Value).SingleAsync());
        async Task MoveAsync(string unit, string parent, DateOnly from) =>
            await Host.RunAsync<MoveOrgUnit>(async m => await m.HandleAsync(new MoveOrgUnit.Command(await Host.UnitIdAsync(unit), await Host.UnitIdAsync(parent), from), all));

        // One edit alone tells how far a move moves the stamp.
        var start = await StampAsync();
        await MoveAsync("tq.hoaan.bchqs", "tq.hoaan.ubnd", new(2026, 9, 1));
        var perMove = await StampAsync() - start;
        Assert.True(perMove > 0);

        // The departments move while the committee above them moves too: every save rewrites closure rows of the
        // same units (those under the committee), in separate transactions at the same moment.
        var before = await StampAsync();
        var moves = new (string Unit, string Parent, DateOnly From)[]
        {
            ("tq.hoaan.vp", "tq.hoaan.hdnd", new(2026, 10, 1)), ("tq.hoaan.pkt", "tq.hoaan.hdnd", new(2026, 10, 2)),
            ("tq.hoaan.pvhxh", "tq.hoaan.mttq", new(2026, 10, 3)), ("tq.hoaan.ttdvc", "tq.hoaan.mttq", new(2026, 10, 4)),
            ("tq.hoaan.ubnd", "tq.hoaan.du", new(2026, 11, 1)), ("tq.hoaan.bchqs", "tq.hoaan.du", new(2026, 11, 2)),
        };
        await Task.WhenAll(moves.Select(m => Task.Run(() => MoveAsync(m.Unit, m.Parent, m.From))));

        // Read-then-write lost updates here: a process that reloaded its tree between two edits never saw the second.
        Assert.Equal(before + moves.Length * perMove, await StampAsync());
        var rows = await Host.QueryAsync(db => db.OrgUnitClosures.AsNoTracking().ToListAsync());
        var repeated = rows.GroupBy(r => (r.AncestorId, r.DescendantId, r.ValidFrom)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"closure rows written twice: {string.Join(", ", repeated)}");
        await AssertClosureMatchesTreeAsync();
    }

    [Fact]
    public async Task Should_rebuild_a_deleted_closure_with_the_refresh()
    {
        await RestructureAsync();
        var before = await Host.QueryAsync(db => db.OrgUnitClosures.CountAsync());
        await Host.QueryAsync(db => db.OrgUnitClosures.ExecuteDeleteAsync());
        Assert.True(await Host.QueryAsync(db => OrgClosure.IsStaleAsync(db)));

        var parts = await Host.RunAsync<RefreshDerivedData, IReadOnlyList<RefreshDerivedData.Part>>(r => r.HandleAsync());

        Assert.Equal(before, parts.Single(p => p.Name == "org-closure").Rows);
        Assert.False(await Host.QueryAsync(db => OrgClosure.IsStaleAsync(db)));
        await AssertClosureMatchesTreeAsync();
    }

    [Fact]
    public async Task Should_give_the_same_period_units_from_the_closure_as_from_the_tree()
    {
        await RestructureAsync();
        var tree = await TreeAsync();
        var periods = new[] { (new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)) };
        foreach (var root in new[] { "vn", "tq", "tq.ch", "tq.hoaan", "tq.hoaan.ubnd", "tq.hdnd", "dt", "dt.ubnd", "dt.tm.ubnd", "qng" })
        {
            var id = await Host.UnitIdAsync(root);
            foreach (var (from, to) in periods)
            {
                var fromTree = PeriodUnits.Of(tree, id, from, to).Order().ToList();
                var fromClosure = await Host.QueryAsync(db => PeriodUnits.Query(db, id, from, to).Distinct().ToListAsync());
                Assert.Equal(fromTree, fromClosure.Order().ToList());
            }
        }
    }
}

public sealed class OrgClosureTests_Sqlite(SqliteDatabases d) : OrgClosureTests(d), IClassFixture<SqliteDatabases>;
public sealed class OrgClosureTests_Postgres(PostgresDatabases d) : OrgClosureTests(d), IClassFixture<PostgresDatabases>;
