using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Home;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Reporting;
using HuuNghi.Core.Features.Users;
using HuuNghi.Core.Tests.Features.Reporting;
using Microsoft.EntityFrameworkCore;

namespace HuuNghi.Core.Tests.Features.Home;

public abstract class ListMyWorkTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private Task<ListMyWork.Result> WorkOfAsync(UnitScope scope) => Host.RunAsync<ListMyWork, ListMyWork.Result>(w => w.HandleAsync(scope));

    [Fact]
    public async Task Should_owe_a_late_report_with_its_days_overdue_until_it_is_submitted()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync(), "2024");
        var deadline = (await world.RatesAsync(request)).Deadline;
        Host.Clock.AdjustTime(new DateTimeOffset(deadline.AddDays(12).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));

        var officer = await WorkOfAsync(world.Officer);
        var owed = Assert.Single(officer.Owed);
        Assert.Equal((request, world.BinhSon, 12, (SubmissionStatus?)null), (owed.RequestId, owed.UnitId, owed.DaysLate, owed.Status));
        Assert.False(officer.ShowsReceived);

        // The focal officer receives the request: nothing owed by her, the Front listed as missing with the remind button.
        var focal = await WorkOfAsync(world.Focal);
        Assert.Empty(focal.Owed);
        var received = Assert.Single(focal.Received, r => r.RequestId == request);
        Assert.Contains(received.Missing, m => m.UnitId == world.Front);
        Assert.Equal(0m, received.Rate);
        Assert.True(focal.CanRemind);

        await world.SubmitAsync(request, world.BinhSon);
        Assert.Empty((await WorkOfAsync(world.Officer)).Owed);
        var after = Assert.Single((await WorkOfAsync(world.Focal)).Received, r => r.RequestId == request);
        Assert.DoesNotContain(after.Missing, m => m.UnitId == world.BinhSon);
        Assert.Equal(1, after.Submitted);
    }

    [Fact]
    public async Task Should_show_a_returned_report_and_the_reminder_to_the_unit_but_not_to_the_sender()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var request = await world.RaiseAsync(await world.RegimeAsync(), "2024");
        var submission = await world.SubmitAsync(request, world.BinhSon);
        var seen = (await world.SubmissionAsync(request, world.BinhSon)).SeenVersion;
        await Host.RunAsync<ReturnSubmission>(r => r.HandleAsync(new ReturnSubmission.Command(submission, seen, "Thiếu số liệu đoàn ra"), world.Focal));
        Assert.True(await Host.RunAsync<RemindUnits, int>(r => r.HandleAsync(request, world.Focal)) > 0);
        Host.Actor.UserId = await Host.QueryAsync(db => db.Users.Where(u => u.UserName == "binhson").Select(u => u.Id).SingleAsync());

        var officer = await WorkOfAsync(world.Officer);
        Assert.True(Assert.Single(officer.Owed).Returned);
        var reminder = Assert.Single(officer.Reminders);
        Assert.Equal((ListMyWork.ReminderSource.Report, request, world.BinhSon, true), (reminder.Source, reminder.TargetId, reminder.UnitId, reminder.IsNew));
        Assert.Equal(1, (await Host.RunAsync<CountNews, CountNews.Result>(c => c.HandleAsync(world.Officer))).Reminders);

        Assert.Empty((await WorkOfAsync(world.Focal)).Reminders);
        // Unread until this officer opens it, however old; opening it answers where the work is and drops the bell.
        Host.Clock.Advance(TimeSpan.FromDays(ListMyWork.NewForDays + 1));
        Assert.True(Assert.Single((await WorkOfAsync(world.Officer)).Reminders).IsNew);
        var target = await Host.RunAsync<OpenReminder, OpenReminder.Target>(o => o.HandleAsync(reminder.Source, reminder.ReminderId, world.Officer));
        Assert.Equal((request, world.BinhSon), (target.TargetId, target.UnitId));
        Assert.False(Assert.Single((await WorkOfAsync(world.Officer)).Reminders).IsNew);
        Assert.Equal(0, (await Host.RunAsync<CountNews, CountNews.Result>(c => c.HandleAsync(world.Officer))).Total);
        var outsider = await Host.ScopeOfAsync(await Host.CreateUserAsync("xem", Roles.Viewer, "tn"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Host.RunAsync<OpenReminder, OpenReminder.Target>(o => o.HandleAsync(reminder.Source, reminder.ReminderId, outsider)));
    }

    [Fact]
    public async Task Should_list_the_plan_assigning_work_and_its_task_due_within_30_days_to_the_unit_only()
    {
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("focal", Roles.FocalOfficer, "tn.bdv", "tn"));
        var officerId = await Host.CreateUserAsync("phunu", Roles.UnitOfficer, "tn.hlhpn");
        var officer = await Host.ScopeOfAsync(officerId);
        Host.Actor.UserId = officerId;
        var (hlhpn, hnd) = (await Host.UnitIdAsync("tn.hlhpn"), await Host.UnitIdAsync("tn.hnd"));
        var today = DateOnly.FromDateTime(Host.Clock.GetUtcNow().UtcDateTime);
        var planId = await Host.RunAsync<CreatePlan, int>(async c => await c.HandleAsync(new CreatePlan.Command("15-KH/BDVTU", "Kế hoạch tuyên truyền đối ngoại nhân dân",
            today.AddDays(-20), await Host.UnitIdAsync("tn.bdv"),
            [new TaskInput("1", "Tổ chức hội nghị quán triệt", [hlhpn], [hnd], TimeframeKind.ByDate, Due: today.AddDays(20)),
             new TaskInput("2", "Sơ kết năm", [hlhpn], [], TimeframeKind.ByDate, Due: today.AddDays(200))]), focal));

        var work = await WorkOfAsync(officer);
        var assignment = Assert.Single(work.Assignments);
        Assert.Equal((planId, 2, 0, true), (assignment.PlanId, assignment.LeadTasks, assignment.CoordinatingTasks, assignment.IsNew));
        var task = Assert.Single(work.Tasks);
        Assert.Equal(("1", hlhpn, 0, 1), (task.Ref, task.UnitId, work.Overdue, work.DueSoon));
        Assert.Equal(1, (await Host.RunAsync<CountNews, CountNews.Result>(c => c.HandleAsync(officer))).Assignments);
        // Once the officer has looked at her work list, the plan is no longer new to her (nor in her bell).
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        await Host.RunAsync<LookAtWorkList>(l => l.HandleAsync());
        Assert.False(Assert.Single((await WorkOfAsync(officer)).Assignments).IsNew);
        Assert.Equal(0, (await Host.RunAsync<CountNews, CountNews.Result>(c => c.HandleAsync(officer))).Assignments);

        // The issuer's own plan is not work assigned to her; the tasks of her subtree are still hers to chase.
        var mine = await WorkOfAsync(focal);
        Assert.Empty(mine.Assignments);
        Assert.Contains(mine.Tasks, t => t.UnitId == hlhpn && t.Ref == "1");

        await Host.RunAsync<SendReminders, SendReminders.Result>(s => s.HandleAsync(30, focal));
        var reminded = await WorkOfAsync(officer);
        Assert.Contains(reminded.Reminders, r => r.Source == ListMyWork.ReminderSource.Task && r.UnitId == hlhpn);
        Assert.Empty((await WorkOfAsync(focal)).Reminders);

        Host.Clock.Advance(TimeSpan.FromDays(25));
        var later = await WorkOfAsync(officer);
        Assert.Equal(1, later.Overdue);
        Assert.False(Assert.Single(later.Assignments).IsNew);
    }

    [Fact]
    public async Task Should_give_a_viewer_elsewhere_nothing_of_another_provinces_work()
    {
        var world = await ReportingScenario.CreateAsync(Host);
        Host.Clock.AdjustTime(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero));
        await world.RaiseAsync(await world.RegimeAsync(), "2024");
        var viewer = await Host.ScopeOfAsync(await Host.CreateUserAsync("xem", Roles.Viewer, "tn"));
        var work = await WorkOfAsync(viewer);
        Assert.Empty(work.Owed);
        Assert.Empty(work.Received);
        Assert.False(work.ShowsReceived);
        Assert.False(work.CanRemind);
    }
}

public sealed class ListMyWorkTests_Sqlite(SqliteDatabases d) : ListMyWorkTests(d), IClassFixture<SqliteDatabases>;
public sealed class ListMyWorkTests_Postgres(PostgresDatabases d) : ListMyWorkTests(d), IClassFixture<PostgresDatabases>;
