using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;

namespace HuuNghi.Core.Tests.Features.Reporting;

public abstract class RequestTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    [Fact]
    public async Task Should_show_the_demo_2023_requests_with_the_seed_reports_submitted_and_the_others_missing()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var all = await Host.RunAsync<ListRequests, IReadOnlyList<ListRequests.Row>>(l => l.HandleAsync(UnitScope.Everything));
        var rows = all.Where(r => r.Period == "2023").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(8, all.Count); // and 2024–2026 for each province, raised as due on the test clock's 22/11/2026

        var dongThap = rows.Single(r => r.SourceReference == "1807/SNGV-NV");
        var rates = await Host.RunAsync<GetRates, GetRates.Result>(g => g.HandleAsync(dongThap.Id, null, UnitScope.Everything));
        Assert.Equal(await Host.QueryAsync(db => Task.FromResult(db.Documents.Single(d => d.Reference == "1807/SNGV-NV" && !d.IsPlaceholder).Id)), rates.SourceDocumentId);
        Assert.Equal((2, 1, 1, 0.5m, 0.5m), (rates.Rates.Expected, rates.Rates.Submitted, rates.Rates.OnTime, rates.Rates.Rate, rates.Rates.OnTimeRate));
        var (thapMuoiId, frontId, binhSonId) = (await Host.UnitIdAsync("dt.tm.ubnd"), await Host.UnitIdAsync("dt.mttq"), await Host.UnitIdAsync("qng.bs.ubnd"));
        var thapMuoi = rates.Rates.Units.Single(u => u.OrgUnitId == thapMuoiId);
        Assert.Equal(UnitReportStatus.Submitted, thapMuoi.Status);
        Assert.Equal(new DateOnly(2024, 1, 17), DateOnly.FromDateTime(thapMuoi.SubmittedAt!.Value + ReportRequest.VietnamOffset));
        Assert.Contains(rates.Rates.Missing, u => u.OrgUnitId == frontId);

        var quangNgai = rows.Single(r => r.SourceReference == "1353/SNgV-ĐN");
        Assert.Equal((2, 1, 1), (quangNgai.Expected, quangNgai.Submitted, quangNgai.OnTime));
        var binhSon = await Host.RunAsync<GetRates, GetRates.Result>(g => g.HandleAsync(quangNgai.Id, null, UnitScope.Everything));
        Assert.Equal(UnitReportStatus.Accepted, binhSon.Rates.Units.Single(u => u.OrgUnitId == binhSonId).Status);
    }

    [Fact]
    public async Task Should_keep_the_2024_expected_set_when_the_2025_reform_merges_the_districts()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync(bodies: []), "2024");
        var before = (await world.RatesAsync(request)).Rates.Units.Select(u => (u.OrgUnitId, u.Name)).ToList();
        Assert.Equal([(world.BinhSon, "Ủy ban nhân dân huyện Bình Sơn")], before);

        Host.Clock.AdjustTime(new DateTimeOffset(2025, 7, 2, 2, 0, 0, TimeSpan.Zero));
        var binhHoa = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        await Host.RunAsync<MergeOrgUnits>(m => m.HandleAsync(new MergeOrgUnits.Command([world.BinhSon], binhHoa, new DateOnly(2025, 7, 1), "Nghị quyết 203/2025/QH15"), UnitScope.Everything));

        var after = await world.RatesAsync(request);
        Assert.Equal(before, after.Rates.Units.Select(u => (u.OrgUnitId, u.Name)).ToList());
        Assert.Equal(UnitReportStatus.Missing, after.Rates.Units.Single().Status);
        Assert.Equal(1, after.Rates.Expected);
    }

    [Fact]
    public async Task Should_count_a_unit_closed_before_the_deadline_as_an_exception_not_missing()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero));
        // The 2025 report is due in December 2025; Huyện Bình Sơn's committee ended on 30/6/2025.
        var request = await world.RaiseAsync(await world.RegimeAsync("2025"), "2025");
        var rates = (await world.RatesAsync(request)).Rates;
        Assert.Equal(UnitReportStatus.Exception, rates.Units.Single(u => u.OrgUnitId == world.BinhSon).Status);
        Assert.Equal(1, rates.Expected);
        Assert.DoesNotContain(rates.Missing, u => u.OrgUnitId == world.BinhSon);
    }

    [Fact]
    public async Task Should_count_a_closed_unit_that_did_report_and_never_pass_one_hundred_percent()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync("2025"), "2025");
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 6, 20, 2, 0, 0, TimeSpan.Zero));
        await world.SubmitAsync(request, world.BinhSon); // reported before the district ended on 30/6/2025
        await world.SubmitAsync(request, world.Front, by: world.Focal);
        var rates = (await world.RatesAsync(request)).Rates;
        Assert.Equal((2, 2, 2, 1m, 1m), (rates.Expected, rates.Submitted, rates.OnTime, rates.Rate, rates.OnTimeRate));
        Assert.DoesNotContain(rates.Units, u => u.Status == UnitReportStatus.Exception);
    }

    [Fact]
    public async Task Should_compute_rates_for_a_subtree_and_refuse_one_outside_the_scope()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2024, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync(), "2024");
        await world.SubmitAsync(request, world.BinhSon);
        var district = await Host.UnitIdAsync("qng.bs");
        var sub = (await world.RatesAsync(request, root: district)).Rates;
        Assert.Equal((1, 1, 1m), (sub.Expected, sub.Submitted, sub.Rate));
        var whole = (await world.RatesAsync(request)).Rates;
        Assert.Equal((2, 1, 0.5m), (whole.Expected, whole.Submitted, whole.Rate));
        var own = (await world.RatesAsync(request, world.Officer)).Rates;
        Assert.Equal([world.BinhSon], own.Units.Select(u => u.OrgUnitId));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.RatesAsync(request, world.Officer, world.Front));
    }

    [Fact]
    public async Task Should_raise_each_due_period_once_freezing_the_tree_of_the_day_it_opened()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        await world.RegimeAsync("2024");
        Host.Clock.AdjustTime(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
        var first = await Host.RunAsync<RaiseDueRequests, RaiseDueRequests.Result>(r => r.HandleAsync());
        var second = await Host.RunAsync<RaiseDueRequests, RaiseDueRequests.Result>(r => r.HandleAsync());
        Assert.Equal(3, first.Raised); // 2024, 2025 and 2026 (its window opened 15/12/2025)
        Assert.Equal(0, second.Raised);
        var rows = await Host.RunAsync<ListRequests, IReadOnlyList<ListRequests.Row>>(l => l.HandleAsync(world.Focal));
        var y2026 = await world.RatesAsync(rows.Single(r => r.Period == "2026").Id);
        var binhHoa = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        Assert.Contains(y2026.Rates.Units, u => u.OrgUnitId == binhHoa);
        Assert.DoesNotContain(y2026.Rates.Units, u => u.OrgUnitId == world.BinhSon);
        Assert.Equal(new DateOnly(2024, 12, 19), rows.Single(r => r.Period == "2024").Deadline);
    }

    [Fact]
    public async Task Should_refuse_a_deadline_before_the_data_cutoff()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        var regime = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RegimeAsync(deadlineDays: -3));
        Assert.Contains("không được trước", regime.Localized.Vi);
        var receiver = await Host.UnitIdAsync("qng.sngv");
        var adHoc = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<RaiseAdHocRequest, int>(r => r.HandleAsync(
            new RaiseAdHocRequest.Command("Báo cáo đột xuất", receiver, [world.Front], "2026",
                new DateOnly(2026, 1, 1), new DateOnly(2026, 10, 31), new DateOnly(2026, 10, 15), "1353/SNgV-ĐN"), world.Focal)));
        Assert.Contains("15/10/2026", adHoc.Localized.Vi);
        Assert.Contains("cannot fall before the data cut-off", adHoc.Localized.En);
    }

    [Fact]
    public async Task Should_propose_a_yearly_regime_and_one_off_reviews_from_parsed_deadlines()
    {
        var proposals = await Host.RunAsync<ProposeRegimes, IReadOnlyList<ProposeRegimes.Proposal>>(p => p.HandleAsync(
        [
            new("Báo cáo định kỳ", "12", "yearly", "tháng 12 hằng năm"),
            new("Sơ kết 03 năm", "2025-Q1", null, "quý I/2025"),
            new("Tổng kết 10 năm", "2032-Q1", null, "quý I/2032"),
        ], 2022, "83-KH/TU"));
        Assert.Equal((ReportingFrequency.Yearly, "2022", 15), (proposals[0].Frequency, proposals[0].FirstPeriod, proposals[0].CutoffDay!.Value));
        Assert.Equal((ReportingFrequency.Once, "2025-Q1", ReportKind.Thematic), (proposals[1].Frequency, proposals[1].FirstPeriod, proposals[1].Kind));
        Assert.Equal("2032-Q1", proposals[2].FirstPeriod);
    }

    [Fact]
    public async Task Should_refuse_a_regime_whose_figures_are_not_indicator_codes()
    {
        var world = await ReportingScenario.CreateAsync(Host);

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RegimeAsync(indicators: ["delegations-in.visits", "so-doan-vao"]));

        Assert.Contains("'so-doan-vao' không có trong danh mục chỉ tiêu", error.Localized.Vi);
    }
}

public sealed class RequestTests_Sqlite(SqliteDatabases databases) : RequestTests(databases), IClassFixture<SqliteDatabases>;

public sealed class RequestTests_Postgres(PostgresDatabases databases) : RequestTests(databases), IClassFixture<PostgresDatabases>;
