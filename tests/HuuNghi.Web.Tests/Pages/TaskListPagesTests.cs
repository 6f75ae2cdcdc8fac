using System.Text.RegularExpressions;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

public abstract class TaskListPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    private const string Title = "Tổ chức giao lưu hữu nghị với đoàn thanh niên Campuchia";

    [Fact]
    public async Task Should_show_a_task_done_by_its_lead_as_done_in_the_coordinating_units_list_with_its_own_part_beside()
    {
        var (lead, coordinating) = (await UnitIdAsync("tn.hnd"), await UnitIdAsync("tn.hlhpn"));
        var today = DateOnly.FromDateTime(App.Clock.GetLocalNow().DateTime);
        var taskId = await RunAsync<CreatePlan, int>(async c =>
        {
            var planId = await c.HandleAsync(new CreatePlan.Command(null, "Kế hoạch giao lưu hữu nghị", today.AddDays(-60), await UnitIdAsync("tn.bdv"),
                [new TaskInput("1", Title, [lead], [coordinating], TimeframeKind.ByDate, Due: today.AddDays(-10))]), UnitScope.Everything);
            using var scope = App.Services.CreateScope();
            var plan = await scope.ServiceProvider.GetRequiredService<ShowPlan>().HandleAsync(planId, UnitScope.Everything);
            return plan.Tasks.Single().Id;
        });
        await RunAsync<ReportProgress, int>(r => r.HandleAsync(new ReportProgress.Command(taskId, lead, today.AddDays(-20), "Đã tổ chức giao lưu", true),
            UnitScope.Everything));

        using var officer = await App.BrowserClientForAsync("hlhpn.tayninh", DemoPassword);
        var html = await officer.GetStringAsync("/Plans/Tasks?culture=vi");

        var row = Regex.Match(html, $"<tr>(?:(?!</tr>).)*{Title}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("(phối hợp)", row);
        Assert.Contains(">Hoàn thành</span>", row);
        Assert.Contains("phần phối hợp: Chưa thực hiện", row);
        Assert.DoesNotContain("Quá hạn", row);
    }

    private async Task<T> RunAsync<THandler, T>(Func<THandler, Task<T>> run) where THandler : notnull
    {
        using var scope = App.Services.CreateScope();
        return await run(scope.ServiceProvider.GetRequiredService<THandler>());
    }
}

public sealed class TaskListPagesTests_Sqlite(SqliteDatabases d) : TaskListPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class TaskListPagesTests_Postgres(PostgresDatabases d) : TaskListPagesTests(d), IClassFixture<PostgresDatabases>;
