using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Reporting;

/// <summary>
/// The rates worked out in the database (one join, the subtree walked by SQL) must equal the rates worked out
/// from the loaded request and the in-memory tree, for every demo request and subtree; pages must add up to the list.
/// </summary>
public abstract class RatesAtScaleTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private async Task<RequestRates> FromTreeAsync(int requestId, int? root) => await Host.QueryAsync(async db =>
    {
        var request = await db.LoadRequestAsync(requestId, default);
        var tree = new OrgTree(await db.OrgUnits.AsNoTracking().ToListAsync(), await db.OrgUnitParentLinks.AsNoTracking().ToListAsync(),
            await db.OrgUnitEvents.AsNoTracking().Include(e => e.Units).ToListAsync(), await db.OrgUnitAliases.AsNoTracking().ToListAsync());
        var headers = await db.Submissions.Where(s => s.RequestId == requestId)
            .Select(s => new RateCalculator.Header(s.Id, s.OrgUnitId, s.Status, s.SubmittedAt)).ToListAsync();
        return RateCalculator.Compute(request, GetRates.Visible(request, root, UnitScope.Everything, tree), headers, tree);
    });

    private Task<GetRates.Result> PageAsync(GetRates.Query query) =>
        Host.RunAsync<GetRates, GetRates.Result>(g => g.PageAsync(query, UnitScope.Everything));

    [Fact]
    public async Task Should_give_the_same_rates_as_the_in_memory_computation_for_every_request_and_subtree()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var requests = await Host.QueryAsync(db => db.ReportRequests.Select(r => r.Id).ToListAsync());
        Assert.NotEmpty(requests);
        int?[] roots = [null, await Host.UnitIdAsync("vn"), await Host.UnitIdAsync("dt"), await Host.UnitIdAsync("dt.tm"), await Host.UnitIdAsync("qng"), await Host.UnitIdAsync("tn")];
        foreach (var id in requests)
            foreach (var root in roots)
            {
                var expected = await FromTreeAsync(id, root);
                var actual = (await PageAsync(new GetRates.Query(id, root))).Rates;
                Assert.Equal((expected.Expected, expected.Submitted, expected.OnTime, expected.Rate, expected.OnTimeRate),
                    (actual.Expected, actual.Submitted, actual.OnTime, actual.Rate, actual.OnTimeRate));
                Assert.Equal(expected.Units, actual.Units);
            }
    }

    [Fact]
    public async Task Should_page_and_filter_the_units_while_the_totals_cover_them_all()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var id = await Host.QueryAsync(db => db.ReportRequests.OrderByDescending(r => r.Expected.Count).Select(r => r.Id).FirstAsync());
        var full = await PageAsync(new GetRates.Query(id));
        Assert.True(full.Rates.Units.Count >= 2, "the busiest demo request expects several units");

        var paged = new List<UnitRate>();
        for (var page = 1; page <= full.Rates.Units.Count; page++)
        {
            var r = await PageAsync(new GetRates.Query(id, Page: page, PageSize: 1));
            Assert.Equal((full.Rates.Expected, full.Rates.Submitted, full.UnitCount), (r.Rates.Expected, r.Rates.Submitted, r.UnitCount));
            paged.AddRange(r.Rates.Units);
        }
        Assert.Equal(full.Rates.Units, paged);
        Assert.Empty((await PageAsync(new GetRates.Query(id, Page: full.Rates.Units.Count + 1, PageSize: 1))).Rates.Units);

        var missing = await PageAsync(new GetRates.Query(id, Status: UnitReportStatus.Missing, PageSize: 100_000));
        Assert.Equal(GetRates.MaxPageSize, missing.PageSize);
        Assert.Equal(full.Rates.Units.Where(u => u.Status == UnitReportStatus.Missing), missing.Rates.Units);
        Assert.Equal(missing.Rates.Units.Count, missing.UnitCount);
    }
}

public sealed class RatesAtScaleTests_Sqlite(SqliteDatabases d) : RatesAtScaleTests(d), IClassFixture<SqliteDatabases>;
public sealed class RatesAtScaleTests_Postgres(PostgresDatabases d) : RatesAtScaleTests(d), IClassFixture<PostgresDatabases>;
