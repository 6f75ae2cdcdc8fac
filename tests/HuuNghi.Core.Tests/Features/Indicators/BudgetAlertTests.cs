using HuuNghi.Core.Features.Demo;
using HuuNghi.Core.Features.Indicators;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Registers;

namespace HuuNghi.Core.Tests.Features.Indicators;

/// <summary>The alert on this year's budget spent well behind the calendar (the test clock stands on 22/11/2026).</summary>
public abstract class BudgetAlertTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<IReadOnlyList<ListAlerts.Alert>> AlertsAsync(UnitScope scope) =>
        Host.RunAsync<ListAlerts, IReadOnlyList<ListAlerts.Alert>>(a => a.HandleAsync(null, scope));

    private static Dictionary<string, string?> Line(string planned, string? spent) => new()
    {
        ["Year"] = "2026", ["Source"] = "Ngân sách", ["Planned"] = planned, ["Spent"] = spent, ["Currency"] = "VND", ["Purpose"] = "Đón tiếp đoàn nước ngoài",
    };

    [Fact]
    public async Task Should_alert_on_a_budget_spent_far_behind_the_year_and_only_in_the_readers_scope()
    {
        await Host.RunAsync<SeedDemo>(s => s.HandleAsync());
        var quangNgai = await Host.UnitIdAsync("qng.ubnd");
        await Host.RecordAsync("budget", quangNgai, Line("10.000.000", "8.000.000"));

        var all = (await AlertsAsync(UnitScope.Everything)).Where(a => a.Kind == ListAlerts.AlertKind.BudgetSpendingLagging).ToList();

        var lagging = Assert.Single(all);
        Assert.Equal((await Host.UnitIdAsync("tn.ubnd"), "budget"), (lagging.UnitId, lagging.Register));
        Assert.Equal("Kinh phí năm 2026 mới thực hiện 0 đồng trên 300.000.000 đồng được bố trí (0%), trong khi đã qua 89% thời gian của năm.", lagging.Message.Vi);
        Assert.Contains("with 89% of the year gone", lagging.Message.En);
        var other = await Host.ScopeOfAsync(await Host.CreateUserAsync("ubnd.quangngai2", Roles.UnitOfficer, "qng"));
        Assert.DoesNotContain(await AlertsAsync(other), a => a.Kind == ListAlerts.AlertKind.BudgetSpendingLagging);
    }

    [Fact]
    public async Task Should_not_alert_while_spending_keeps_up_with_the_year()
    {
        var unit = await Host.UnitIdAsync("qng.ubnd");
        await Host.RecordAsync("budget", unit, Line("100.000.000", "70.000.000"));
        Assert.DoesNotContain(await AlertsAsync(UnitScope.Everything), a => a.Kind == ListAlerts.AlertKind.BudgetSpendingLagging);

        await Host.RecordAsync("budget", unit, Line("200.000.000", null));
        var lagging = Assert.Single(await AlertsAsync(UnitScope.Everything), a => a.Kind == ListAlerts.AlertKind.BudgetSpendingLagging);
        Assert.Contains("(23%)", lagging.Message.Vi);
    }
}

public sealed class BudgetAlertTests_Sqlite(SqliteDatabases d) : BudgetAlertTests(d), IClassFixture<SqliteDatabases>;
public sealed class BudgetAlertTests_Postgres(PostgresDatabases d) : BudgetAlertTests(d), IClassFixture<PostgresDatabases>;
