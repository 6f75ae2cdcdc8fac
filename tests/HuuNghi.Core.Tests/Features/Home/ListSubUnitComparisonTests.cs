using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Tests.Features.Home;

public abstract class ListSubUnitComparisonTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_compare_dong_thaps_sub_units_in_2023_with_totals_that_agree_with_the_indicators()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("focal", Roles.FocalOfficer, "dt"));
        var (province, thapMuoi, front) = (await Host.UnitIdAsync("dt"), await Host.UnitIdAsync("dt.tm"), await Host.UnitIdAsync("dt.mttq"));

        Assert.Equal(2023, await Host.RunAsync<ListSubUnitComparison, int>(c => c.LatestYearWithDataAsync(province, 2026)));
        var result = await Host.RunAsync<ListSubUnitComparison, ListSubUnitComparison.Result>(c => c.HandleAsync(new(province, 2023), focal));
        var district = result.Rows.Single(r => r.UnitId == thapMuoi);
        Assert.Equal(20, district.Inbound);
        Assert.Equal((1, 1, 1), (district.Expected, district.Submitted, district.OnTime));
        var mttq = result.Rows.Single(r => r.UnitId == front);
        Assert.Equal((1, 0, 0m), (mttq.Expected, mttq.Submitted, mttq.Rate));

        var indicators = await Host.RunAsync<ComputeIndicators, IReadOnlyList<Indicator>>(c => c.HandleAsync(new(province, new(2023, 1, 1), new(2023, 12, 31)), focal));
        decimal Value(string code) => indicators.Single(i => i.Code == code).Value;
        Assert.Equal(Value("delegations-in.visits"), result.Total.Inbound);
        Assert.Equal(Value("trainings.participants"), result.Total.Trained);
        Assert.Equal(Value("overseas-events.count"), result.Total.OverseasEvents);
        Assert.Equal(result.Total.Inbound, result.Rows.Sum(r => r.Inbound));
        Assert.Equal(0.5m, result.Total.Rate);

        var lastYear = await Host.RunAsync<ComputeIndicators, IReadOnlyList<Indicator>>(c => c.HandleAsync(new(province, new(2022, 1, 1), new(2022, 12, 31)), focal));
        Assert.Equal(lastYear.Single(i => i.Code == "delegations-in.visits").Value, result.LastYear!.Inbound);

        var sheet = XlsxWorkbook.Read(ComparisonWorkbook.Write(result, result.Rows, english: false));
        Assert.Contains(sheet.Rows, r => r[0].TextValue == "Huyện Tháp Mười" && r[5].NumberValue == 20);
    }

    [Fact]
    public async Task Should_refuse_a_unit_outside_the_scope()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var officer = await Host.ScopeOfAsync(await Host.CreateUserAsync("tm", Roles.UnitOfficer, "dt.tm"));
        var province = await Host.UnitIdAsync("dt");
        await Assert.ThrowsAsync<Core.Common.ForbiddenException>(() =>
            Host.RunAsync<ListSubUnitComparison, ListSubUnitComparison.Result>(c => c.HandleAsync(new(province, 2023), officer)));
    }
}

public sealed class ListSubUnitComparisonTests_Sqlite(SqliteDatabases d) : ListSubUnitComparisonTests(d), IClassFixture<SqliteDatabases>;
public sealed class ListSubUnitComparisonTests_Postgres(PostgresDatabases d) : ListSubUnitComparisonTests(d), IClassFixture<PostgresDatabases>;
