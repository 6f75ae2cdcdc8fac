using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Plans;

public abstract class PlanWorkflowTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private static readonly DateOnly PlanDay = new(2026, 11, 2);

    private async Task<(int PlanId, int Hlhpn, int Hnd, UnitScope Focal)> CreateAsync(DateOnly due)
    {
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("focal", Roles.FocalOfficer, "tn.bdv", "tn"));
        var (hlhpn, hnd) = (await Host.UnitIdAsync("tn.hlhpn"), await Host.UnitIdAsync("tn.hnd"));
        var id = await Host.RunAsync<CreatePlan, int>(c => c.HandleAsync(new CreatePlan.Command("15-KH/BDVTU", "Kế hoạch tuyên truyền đối ngoại nhân dân",
            PlanDay, Host.UnitIdAsync("tn.bdv").Result, [new TaskInput("1", "Tổ chức hội nghị quán triệt", [hlhpn], [hnd], TimeframeKind.ByDate, Due: due)]), focal));
        return (id, hlhpn, hnd, focal);
    }

    [Fact]
    public async Task Should_change_compliance_when_an_assigned_unit_reports_done()
    {
        var (planId, hlhpn, _, focal) = await CreateAsync(new DateOnly(2026, 12, 31));
        var before = await Host.RunAsync<ShowCompliance, ShowCompliance.Result>(c => c.HandleAsync(planId, null, focal));
        Assert.Equal(0, before.Units.Single(u => u.OrgUnitId == hlhpn).Done);

        var officer = await Host.ScopeOfAsync(await Host.CreateUserAsync("phunu", Roles.UnitOfficer, "tn.hlhpn"));
        var plan = await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, officer));
        var taskId = plan.Tasks.Single().Id;
        await Host.RunAsync<ReportProgress, int>(r => r.HandleAsync(new ReportProgress.Command(taskId, hlhpn, new DateOnly(2026, 11, 20),
            "Đã tổ chức hội nghị cho 120 hội viên", true, Files: [new("bien-ban.pdf", "application/pdf", [1, 2, 3])]), officer));

        var after = await Host.RunAsync<ShowCompliance, ShowCompliance.Result>(c => c.HandleAsync(planId, null, focal));
        Assert.Equal(1, after.Units.Single(u => u.OrgUnitId == hlhpn).Done);
        Assert.Equal(WorkStatus.Done, (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single().Status);
        Assert.Empty(after.TasksWithoutWork);
    }

    [Fact]
    public async Task Should_compute_overdue_from_the_clock_without_storing_it()
    {
        var (planId, hlhpn, _, focal) = await CreateAsync(new DateOnly(2026, 11, 30));
        Assert.Equal(WorkStatus.NotStarted, (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single().Status);
        Host.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(WorkStatus.Overdue, (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single().Status);
        var due = await Host.RunAsync<ListTasks, IReadOnlyList<ListTasks.Row>>(l => l.HandleAsync(new ListTasks.Query(OnlyDueOrOverdue: true), focal));
        Assert.Contains(due, r => r.OrgUnitId == hlhpn && r.Status == WorkStatus.Overdue);
    }

    [Fact]
    public async Task Should_show_a_task_done_by_its_lead_as_done_to_its_coordinating_unit_and_remind_nobody()
    {
        var (planId, hlhpn, hnd, focal) = await CreateAsync(new DateOnly(2026, 11, 30));
        var lead = await Host.ScopeOfAsync(await Host.CreateUserAsync("phunu", Roles.UnitOfficer, "tn.hlhpn"));
        var coordinator = await Host.ScopeOfAsync(await Host.CreateUserAsync("nongdan", Roles.UnitOfficer, "tn.hnd"));
        var taskId = (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single().Id;
        await Host.RunAsync<ReportProgress, int>(r => r.HandleAsync(new ReportProgress.Command(taskId, hlhpn, new DateOnly(2026, 11, 20),
            "Đã tổ chức hội nghị", true), lead));
        Host.Clock.Advance(TimeSpan.FromDays(10));

        var leadRow = Assert.Single(await TasksAsync(lead));
        var coordinatorRow = Assert.Single(await TasksAsync(coordinator));
        Assert.Equal((hlhpn, WorkStatus.Done, WorkStatus.Done), (leadRow.OrgUnitId, leadRow.Status, leadRow.Own));
        Assert.Equal((hnd, WorkStatus.Done, WorkStatus.NotStarted), (coordinatorRow.OrgUnitId, coordinatorRow.Status, coordinatorRow.Own));
        Assert.Empty(await Host.RunAsync<ListTasks, IReadOnlyList<ListTasks.Row>>(l => l.HandleAsync(new ListTasks.Query(OnlyDueOrOverdue: true), focal)));
        Assert.Equal(new SendReminders.Result(0, 0), await Host.RunAsync<SendReminders, SendReminders.Result>(s => s.HandleAsync(7, focal)));
    }

    [Fact]
    public async Task Should_show_an_overdue_task_as_overdue_to_both_units_and_remind_only_its_lead()
    {
        var (_, hlhpn, hnd, focal) = await CreateAsync(new DateOnly(2026, 11, 30));
        var coordinator = await Host.ScopeOfAsync(await Host.CreateUserAsync("nongdan", Roles.UnitOfficer, "tn.hnd"));
        Host.Clock.Advance(TimeSpan.FromDays(10));

        var row = Assert.Single(await TasksAsync(coordinator));
        Assert.Equal((hnd, WorkStatus.Overdue, WorkStatus.NotStarted), (row.OrgUnitId, row.Status, row.Own));
        Assert.Equal(new SendReminders.Result(1, 0), await Host.RunAsync<SendReminders, SendReminders.Result>(s => s.HandleAsync(7, focal)));
        var reminded = await Host.QueryAsync(db => db.TaskReminders.Select(r => new { r.OrgUnitId, r.Message }).ToListAsync());
        Assert.Equal(hlhpn, Assert.Single(reminded).OrgUnitId);
        Assert.Contains("đã quá hạn 30/11/2026", reminded[0].Message);
    }

    private Task<IReadOnlyList<ListTasks.Row>> TasksAsync(UnitScope scope) =>
        Host.RunAsync<ListTasks, IReadOnlyList<ListTasks.Row>>(l => l.HandleAsync(new ListTasks.Query(), scope));

    [Fact]
    public async Task Should_refuse_a_task_without_lead_a_due_date_before_the_plan_and_a_unit_outside_the_issuer_area()
    {
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("focal", Roles.FocalOfficer, "tn"));
        var outside = await Host.UnitIdAsync("tq.ubnd");
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Host.RunAsync<CreatePlan, int>(c => c.HandleAsync(new CreatePlan.Command(
            null, "Kế hoạch", PlanDay, Host.UnitIdAsync("tn.bdv").Result,
            [new TaskInput("1", "Không có chủ trì", []), new TaskInput("2", "Hạn sai", [Host.UnitIdAsync("tn.hnd").Result], Timeframe: TimeframeKind.ByDate, Due: PlanDay.AddDays(-1)),
             new TaskInput("3", "Ngoài phạm vi", [outside])]), focal)));
        var messages = error.Errors.SelectMany(e => e.Value).Select(m => m.Vi).ToList();
        Assert.Contains(messages, m => m.Contains("chưa có cơ quan chủ trì"));
        Assert.Contains(messages, m => m.Contains("trước ngày ban hành"));
        Assert.Contains(messages, m => m.Contains("không thuộc phạm vi"));
        Assert.Equal(0, await Host.QueryAsync(db => Task.FromResult(db.Plans.Count())));
    }

    [Fact]
    public async Task Should_refuse_progress_on_a_task_of_another_unit()
    {
        var (planId, _, _, focal) = await CreateAsync(new DateOnly(2026, 12, 31));
        var taskId = (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single().Id;
        var ldld = await Host.UnitIdAsync("tn.ldld");
        var officer = await Host.ScopeOfAsync(await Host.CreateUserAsync("congdoan", Roles.UnitOfficer, "tn.ldld"));
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<ReportProgress, int>(r => r.HandleAsync(
            new ReportProgress.Command(taskId, ldld, new DateOnly(2026, 11, 20), "Báo cáo nhầm", true), officer)));
        Assert.Contains("không giao cho", error.Localized.Vi);
        Assert.Equal(0, await Host.QueryAsync(db => Task.FromResult(db.TaskProgress.Count())));
    }
}

public sealed class PlanWorkflowTests_Sqlite(SqliteDatabases d) : PlanWorkflowTests(d), IClassFixture<SqliteDatabases>;
public sealed class PlanWorkflowTests_Postgres(PostgresDatabases d) : PlanWorkflowTests(d), IClassFixture<PostgresDatabases>;
