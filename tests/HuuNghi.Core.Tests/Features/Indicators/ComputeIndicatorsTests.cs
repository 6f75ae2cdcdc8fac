using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.OrgUnits;
using HuuNghi.Core.Features.Registers;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Registers;

namespace HuuNghi.Core.Tests.Features.Indicators;

public abstract class ComputeIndicatorsTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<IReadOnlyList<Indicator>> FiguresAsync(int unit, DateOnly from, DateOnly to, UnitScope? scope = null) =>
        Host.RunAsync<ComputeIndicators, IReadOnlyList<Indicator>>(c => c.HandleAsync(new ComputeIndicators.Query(unit, from, to), scope ?? UnitScope.Everything));

    private static decimal Value(IReadOnlyList<Indicator> figures, string code) => figures.Single(f => f.Code == code).Value;

    [Fact]
    public async Task Should_give_Thap_Muoi_its_2023_figures_from_the_demo_data()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var thapMuoi = await Host.UnitIdAsync("dt.tm");

        var figures = await FiguresAsync(thapMuoi, new(2023, 1, 1), new(2023, 12, 31));

        Assert.Equal(20, Value(figures, "delegations-in.visits"));
        Assert.Equal(125, Value(figures, "citizens-abroad.total"));
        Assert.Equal(107, Value(figures, "citizens-abroad.JP"));
        Assert.Equal(18, Value(figures, "citizens-abroad.KR"));
        Assert.Equal(775_000, Value(figures, "information.visitors"));
        Assert.Equal(302, Value(figures, "information.groups"));
        Assert.Equal(2, Value(figures, "aid-projects.active"));
        Assert.Equal(1, Value(figures, "trainings.participants"));
    }

    [Fact]
    public async Task Should_give_Thap_Muois_2023_budget_commendations_and_its_one_part_time_officer()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());

        var figures = await FiguresAsync(await Host.UnitIdAsync("dt.tm"), new(2023, 1, 1), new(2023, 12, 31));

        Assert.Equal(70_000_000, Value(figures, "budget.allocated-vnd"));
        Assert.Equal(66_500_000, Value(figures, "budget.spent-vnd"));
        Assert.Equal(95.0m, Value(figures, "budget.spent-rate"));
        // The demo's commendation for 2023's work was decided in January 2024: it counts for 2024.
        Assert.Equal(0, Value(figures, "commendations.total"));
        Assert.Equal((1, 0, 1, 1, 1), ((int)Value(figures, "officers.total"), (int)Value(figures, "officers.full-time"), (int)Value(figures, "officers.part-time"),
            (int)Value(figures, "officers.foreign-language"), (int)Value(figures, "officers.trained")));
        Assert.Equal(0, Value(figures, "officers.turnover"));
        var next = await FiguresAsync(await Host.UnitIdAsync("dt.tm"), new(2024, 1, 1), new(2024, 12, 31));
        Assert.Equal((1, 1, 0), ((int)Value(next, "commendations.total"), (int)Value(next, "commendations.letter"), (int)Value(next, "commendations.collectives")));
    }

    [Fact]
    public async Task Should_count_officers_turnover_and_leave_out_those_not_in_post_in_the_period()
    {
        var unit = await Host.UnitIdAsync("qng.bs.ubnd");
        Dictionary<string, string?> Officer(string name, string from, string? to, string time) => new()
        {
            ["FullName"] = name, ["Time"] = time, ["Date"] = from, ["EndDate"] = to,
        };
        await Host.RecordAsync("officers", unit, Officer("Trần Văn A", "01/01/2020", "31/03/2023", "Chuyên trách"));
        await Host.RecordAsync("officers", unit, Officer("Lê Thị B", "01/04/2023", null, "Kiêm nhiệm"));
        await Host.RecordAsync("officers", unit, Officer("Phạm Văn C", "01/01/2020", "31/12/2022", "Chuyên trách"));
        await Host.RecordAsync("officers", unit, Officer("Võ Thị D", "01/02/2024", null, "Chuyên trách"));

        var figures = await FiguresAsync(await Host.UnitIdAsync("qng.bs"), new(2023, 1, 1), new(2023, 12, 31));

        Assert.Equal((2, 1, 1, 2, 0), ((int)Value(figures, "officers.total"), (int)Value(figures, "officers.full-time"), (int)Value(figures, "officers.part-time"),
            (int)Value(figures, "officers.turnover"), (int)Value(figures, "officers.foreign-language")));
    }

    [Fact]
    public async Task Should_answer_exactly_the_catalogues_codes_so_regimes_can_be_checked_up_front()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var figures = await FiguresAsync(await Host.UnitIdAsync("dt.tm"), new(2023, 1, 1), new(2023, 12, 31));

        var perCountry = new System.Text.RegularExpressions.Regex("^citizens-abroad\\.[A-Z]{2}$");
        Assert.Equal(IndicatorCatalog.FixedCodes.Order(), figures.Select(f => f.Code).Where(c => !perCountry.IsMatch(c)).Order());
        // Pages name an indicator from the catalogue without computing it: the names must be the computation's.
        Assert.All(figures, f => Assert.Equal(f.Name, IndicatorCatalog.Describe(f.Code)!.Name));
        Assert.All(figures, f => Assert.True(IndicatorCatalog.IsKnown(f.Code), f.Code));
        Assert.False(IndicatorCatalog.IsKnown("delegations-in"));
        Assert.False(IndicatorCatalog.IsKnown("citizens-abroad.ZZ"));
    }

    [Fact]
    public async Task Should_add_up_the_province_from_its_districts_as_they_stood()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var figures = await FiguresAsync(await Host.UnitIdAsync("qng"), new(2023, 1, 1), new(2023, 12, 31));
        Assert.Equal(115_000_000, Value(figures, "aid-projects.committed-vnd"));
        Assert.Equal(30_000_000, Value(figures, "aid.disbursed-vnd"));
        Assert.Equal(2, Value(figures, "delegations-out.visits"));
    }

    [Fact]
    public async Task Should_keep_a_periods_figure_when_the_unit_moves_after_the_period()
    {
        var binhHoa = await Host.UnitIdAsync("qng.bs.binhhoa");
        var committee = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        var hoaAn = await Host.UnitIdAsync("tq.hoaan");
        await Host.RecordAsync("delegations-in", committee, RegisterInput.Delegation(date: "10/03/2026"));
        var (from, to) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        Assert.Equal(1, Value(await FiguresAsync(binhHoa, from, to), "delegations-in.visits"));

        await Host.RunAsync<MoveOrgUnit>(m => m.HandleAsync(new MoveOrgUnit.Command(committee, hoaAn, new DateOnly(2026, 9, 1)), UnitScope.Everything));

        Assert.Equal(1, Value(await FiguresAsync(binhHoa, from, to), "delegations-in.visits"));
        Assert.Equal(0, Value(await FiguresAsync(hoaAn, from, to), "delegations-in.visits"));
    }

    [Fact]
    public async Task Should_keep_a_periods_figure_when_the_unit_is_merged_after_the_period()
    {
        var committee = await Host.UnitIdAsync("qng.bs.binhhoa.ubnd");
        var binhHoa = await Host.UnitIdAsync("qng.bs.binhhoa");
        var province = await Host.UnitIdAsync("qng.ubnd");
        await Host.RecordAsync("delegations-in", committee, RegisterInput.Delegation(date: "10/03/2026"));

        await Host.RunAsync<MergeOrgUnits>(m => m.HandleAsync(new MergeOrgUnits.Command([committee], province, new DateOnly(2026, 10, 1)), UnitScope.Everything));

        Assert.Equal(1, Value(await FiguresAsync(binhHoa, new(2026, 1, 1), new(2026, 6, 30)), "delegations-in.visits"));
        Assert.Equal(0, Value(await FiguresAsync(province, new(2026, 1, 1), new(2026, 6, 30)), "delegations-in.visits"));
    }

    [Fact]
    public async Task Should_count_a_record_kept_on_the_district_itself_for_its_Peoples_Committee_and_no_other_body()
    {
        // Issue 19 item 2, ADR 16: a delegation saved on "Huyện Tháp Mười" (the area) was in no body's report.
        var (area, committee, party) = (await Host.UnitIdAsync("dt.tm"), await Host.UnitIdAsync("dt.tm.ubnd"), await Host.UnitIdAsync("dt.tm.hu"));
        await Host.RecordAsync("delegations-in", committee, RegisterInput.Delegation());
        await Host.RecordAsync("delegations-in", area, RegisterInput.Delegation());
        var year = (new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

        Assert.Equal(2, Value(await FiguresAsync(committee, year.Item1, year.Item2), "delegations-in.visits"));
        Assert.Equal(2, Value(await FiguresAsync(area, year.Item1, year.Item2), "delegations-in.visits"));
        Assert.Equal(0, Value(await FiguresAsync(party, year.Item1, year.Item2), "delegations-in.visits"));
        // Once the district is gone (1/7/2025) its committee answers for nothing new, and the area's history stays its own.
        Assert.Equal(0, Value(await FiguresAsync(committee, new(2026, 1, 1), new(2026, 12, 31)), "delegations-in.visits"));
    }

    [Fact]
    public async Task Should_leave_deleted_records_out_of_the_figures()
    {
        var unit = await Host.UnitIdAsync("dt.tm.ubnd");
        var id = await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation());
        await Host.RecordAsync("delegations-in", unit, RegisterInput.Delegation());
        await Host.RunAsync<DeleteEntry>(d => d.HandleAsync(new DeleteEntry.Command("delegations-in", id, 0), UnitScope.Everything));
        Assert.Equal(1, Value(await FiguresAsync(unit, new(2023, 1, 1), new(2023, 12, 31)), "delegations-in.visits"));
    }

    [Fact]
    public async Task Should_refuse_figures_of_a_unit_outside_the_scope()
    {
        var officer = await Host.CreateUserAsync("ubnd.binhson", Roles.UnitOfficer, "qng.bs");
        var scope = await Host.ScopeOfAsync(officer);
        var thapMuoi = await Host.UnitIdAsync("dt.tm");
        await Assert.ThrowsAsync<HuuNghi.Core.Common.ForbiddenException>(() => FiguresAsync(thapMuoi, new(2023, 1, 1), new(2023, 12, 31), scope));
    }

    [Fact]
    public async Task Should_alert_on_an_agreement_nearing_expiry_and_disbursement_behind_plan()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var alerts = await Host.RunAsync<ListAlerts, IReadOnlyList<ListAlerts.Alert>>(a => a.HandleAsync(null, UnitScope.Everything));
        var expiring = Assert.Single(alerts, a => a.Kind == ListAlerts.AlertKind.AgreementExpiring);
        Assert.Contains("31/12/2026", expiring.Message.Vi);
        var slow = Assert.Single(alerts, a => a.Kind == ListAlerts.AlertKind.DisbursementBehindPlan);
        Assert.Contains("giếng làng", slow.Message.Vi);
        Assert.Contains("(26%)", slow.Message.Vi);
    }
}

public sealed class ComputeIndicatorsTests_Sqlite(SqliteDatabases d) : ComputeIndicatorsTests(d), IClassFixture<SqliteDatabases>;
public sealed class ComputeIndicatorsTests_Postgres(PostgresDatabases d) : ComputeIndicatorsTests(d), IClassFixture<PostgresDatabases>;
