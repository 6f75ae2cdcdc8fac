using HuuNghi.Bench.National;
using HuuNghi.Core.Data;
using HuuNghi.Core.Features.Documents;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Bench.Tests;

/// <summary>Two databases loaded with one seed and a third with another, at a tiny scale, shared by the tests of one provider.</summary>
public abstract class NationalFixture(IDatabaseFactory databases) : IAsyncLifetime
{
    public const double Scale = 0.002;
    private readonly List<TestDatabase> owned = [];
    public ServiceProvider First { get; private set; } = null!;
    public ServiceProvider Second { get; private set; } = null!;
    public ServiceProvider OtherSeed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        First = await LoadAsync(7);
        Second = await LoadAsync(7);
        OtherSeed = await LoadAsync(8);
    }

    private async Task<ServiceProvider> LoadAsync(int seed)
    {
        var database = await databases.CreateAsync();
        owned.Add(database);
        var provider = NationalCommand.Services(database.Target);
        await NationalCommand.LoadAsync(provider, Scale, seed, TextWriter.Null);
        return provider;
    }

    public async Task DisposeAsync()
    {
        foreach (var p in new[] { First, Second, OtherSeed }) if (p is not null) await p.DisposeAsync();
        foreach (var d in owned) await d.DisposeAsync();
    }
}

public sealed class SqliteNationalFixture() : NationalFixture(new SqliteDatabases());
public sealed class PostgresNationalFixture() : NationalFixture(new PostgresDatabases());

public abstract class NationalDataTests(NationalFixture data)
{
    private static async Task<T> With<T>(IServiceProvider provider, Func<IServiceProvider, HuuNghiDbContext, Task<T>> work)
    {
        await using var scope = provider.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<HuuNghiDbContext>());
    }

    private static Task<List<(long, long)>> ChecksumsAsync(IServiceProvider provider) => With(provider, async (_, db) =>
    {
        var floors = new Floors(db);
        return new List<(long, long)>
        {
            await floors.ChecksumAsync("OrgUnitParentLinks", "\"ChildId\" * 3 + \"ParentId\""),
            await floors.ChecksumAsync("Delegations", "\"OrgUnitId\" * 7 + \"People\""),
            await floors.ChecksumAsync("Trainings", "\"OrgUnitId\" + \"Participants\""),
            await floors.ChecksumAsync("AidTransactions", "\"ProjectId\" + \"OrgUnitId\""),
            await floors.ChecksumAsync("Documents", "COALESCE(\"OwnerUnitId\", 0) + LENGTH(\"SearchText\")"),
            await floors.ChecksumAsync("Submissions", "\"OrgUnitId\""),
            await floors.ChecksumAsync("PlanTasks", "\"PlanId\" + LENGTH(\"Title\")"),
        };
    });

    [Fact]
    public async Task Should_load_the_same_rows_for_the_same_seed_and_different_rows_for_another()
    {
        var first = await ChecksumsAsync(data.First);
        Assert.Equal(first, await ChecksumsAsync(data.Second));
        Assert.NotEqual(first, await ChecksumsAsync(data.OtherSeed));
        Assert.All(first, c => Assert.True(c.Item1 > 0));
    }

    [Fact]
    public async Task Should_put_every_commune_under_a_district_until_the_reform_and_under_a_province_after()
    {
        var (communes, before, after, moves, dissolved, districts) = await With(data.First, async (_, db) =>
        {
            var ids = await db.OrgUnits.Where(u => u.Code.StartsWith(NationalGenerator.CodePrefix) && u.Level == OrgLevel.Commune && u.Kind == OrgUnitKind.AdministrativeArea)
                .Select(u => u.Id).ToListAsync();
            var links = await db.OrgUnitParentLinks.Where(l => ids.Contains(l.ChildId)).ToListAsync();
            var parents = await db.OrgUnits.Where(u => links.Select(l => l.ParentId).Contains(u.Id)).ToDictionaryAsync(u => u.Id);
            List<OrgUnit> On(DateOnly day) => ids.Select(id => links.Single(l => l.ChildId == id && l.ActiveOn(day))).Select(l => parents[l.ParentId]).ToList();
            var moveEvents = await db.OrgUnitEvents.CountAsync(e => e.Kind == OrgEventKind.Move && e.Date == NationalGenerator.Reform
                && e.Units.Any(u => u.Role == OrgEventRole.Source && ids.Contains(u.OrgUnitId)));
            var districtIds = await db.OrgUnits.Where(u => u.Code.StartsWith(NationalGenerator.CodePrefix) && u.Level == OrgLevel.District && u.Kind == OrgUnitKind.AdministrativeArea)
                .Select(u => u.Id).ToListAsync();
            var dissolveEvents = await db.OrgUnitEvents.CountAsync(e => e.Kind == OrgEventKind.Dissolve && e.Date == NationalGenerator.Reform
                && e.Units.Any(u => districtIds.Contains(u.OrgUnitId)));
            return (ids.Count, On(NationalGenerator.LastDistrictDay), On(NationalGenerator.Reform), moveEvents, dissolveEvents, districtIds.Count);
        });
        Assert.True(communes >= 4);
        Assert.All(before, p => Assert.Equal(OrgLevel.District, p.Level));
        Assert.All(before, p => Assert.Equal(NationalGenerator.LastDistrictDay, p.ValidTo));
        Assert.All(after, p => Assert.Equal(OrgLevel.Province, p.Level));
        Assert.Equal(communes, moves);
        Assert.Equal(districts, dissolved);
    }

    [Fact]
    public async Task Should_date_every_register_row_inside_its_units_life()
    {
        var outside = await With(data.First, async (_, db) =>
        {
            var units = db.OrgUnits;
            return new[]
            {
                await db.Delegations.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.InformationActivities.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.Trainings.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.OverseasEvents.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.CooperationAgreements.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.AidProjects.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.AidTransactions.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
                await db.CitizensAbroad.Join(units, r => r.OrgUnitId, u => u.Id, (r, u) => new { r.Date, u.ValidFrom, u.ValidTo }).CountAsync(x => x.Date > x.ValidTo || x.Date < x.ValidFrom),
            };
        });
        Assert.All(outside, n => Assert.Equal(0, n));
        // Some rows do fall on closed district bodies, so the check above is not vacuous.
        var onDistricts = await With(data.First, (_, db) => db.Delegations.CountAsync(d => db.OrgUnits.Any(u => u.Id == d.OrgUnitId && u.ValidTo == NationalGenerator.LastDistrictDay)));
        Assert.True(onDistricts > 0);
    }

    [Theory]
    [InlineData("p0", 2024)]
    [InlineData("p0", 2025)] // across the reform: communes under their district, then under the province
    [InlineData("h0", 2025)]
    [InlineData(null, 2024)]
    public async Task Should_give_the_indicators_use_case_answer_from_the_floor_sql(string? code, int year)
    {
        var (floor, app) = await With(data.First, async (sp, db) =>
        {
            var unit = await db.OrgUnits.Where(u => u.Code == (code == null ? "vn" : NationalGenerator.CodePrefix + code)).Select(u => u.Id).SingleAsync();
            var from = new DateOnly(year, 1, 1);
            var to = new DateOnly(year, 12, 31);
            var f = await new Floors(db).IndicatorsAsync(unit, from, to);
            var a = await sp.GetRequiredService<ComputeIndicators>().HandleAsync(new ComputeIndicators.Query(unit, from, to), UnitScope.Everything);
            return (f, a);
        });
        Assert.Equal(15, floor.Count);
        Assert.True(floor["delegations-in.visits"] > 0);
        foreach (var (figure, value) in floor) Assert.Equal(app.Single(a => a.Code == figure).Value, value);
    }

    [Fact]
    public async Task Should_give_the_rates_use_case_answer_from_the_floor_sql()
    {
        var (floor, app) = await With(data.First, async (sp, db) =>
        {
            var t = await BenchTargets.FindAsync(db);
            return (await new Floors(db).RatesAsync(t.RequestId), (await sp.GetRequiredService<GetRates>().HandleAsync(t.RequestId, null, UnitScope.Everything)).Rates);
        });
        Assert.True(floor.Submitted > 0 && floor.Submitted < floor.Expected);
        Assert.Equal(app.Expected, floor.Expected);
        Assert.Equal(app.Submitted, floor.Submitted);
        Assert.Equal(app.OnTime, floor.OnTime);
        Assert.Equal(app.Units.Count, floor.Listed);
    }

    [Fact]
    public async Task Should_give_the_document_search_answer_from_the_floor_sql()
    {
        var (floor, app) = await With(data.First, async (sp, db) =>
            (await new Floors(db).SearchAsync(["doi", "ngoai"], 50),
             await sp.GetRequiredService<ListDocuments>().HandleAsync(new ListDocuments.Query(Q: "đối ngoại"), UnitScope.Everything)));
        Assert.True(floor.Total > 0);
        Assert.Equal(app.Total, floor.Total);
        Assert.Equal(app.Rows.Select(r => r.Id), floor.Page);
    }

    [Fact]
    public async Task Should_import_generated_documents_through_the_app_and_give_the_floor_the_same_rows()
    {
        // The seed whose checksums only need to differ, since the import writes (and then removes) rows.
        var outcome = await ImportBench.MeasureAsync(data.OtherSeed, 30, 5, TextWriter.Null);
        Assert.Equal(new ImportBench.Stored(30, 3, 29 + 3), outcome.App);
        Assert.Equal(outcome.App, outcome.Floor);
        var left = await With(data.OtherSeed, (_, db) => db.Documents.CountAsync(d => d.Reference!.Contains("/BC-I") || d.Reference!.Contains("/KH-I")
            || d.Reference!.Contains("/BC-F") || d.Reference!.Contains("/KH-F")));
        Assert.Equal(0, left);
    }
}

public sealed class SqliteNationalDataTests(SqliteNationalFixture data) : NationalDataTests(data), IClassFixture<SqliteNationalFixture>;
public sealed class PostgresNationalDataTests(PostgresNationalFixture data) : NationalDataTests(data), IClassFixture<PostgresNationalFixture>;
