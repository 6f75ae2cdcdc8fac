using HuuNghi.Core.Common;
using HuuNghi.Core.Features.Plans;
using HuuNghi.Core.Features.Users;
using HuuNghi.Documents.Writing.Xlsx;

namespace HuuNghi.Core.Tests.Features.Plans;

public abstract class EditTaskTests(IDatabaseFactory databases) : DatabaseTest(databases)
{
    private async Task<(int PlanId, ShowPlan.TaskRow Task, UnitScope Focal)> CreateAsync()
    {
        var focal = await Host.ScopeOfAsync(await Host.CreateUserAsync("focal", Roles.FocalOfficer, "tn"));
        var id = await Host.RunAsync<CreatePlan, int>(c => c.HandleAsync(new CreatePlan.Command(null, "Kế hoạch", new DateOnly(2026, 11, 2),
            Host.UnitIdAsync("tn.bdv").Result, [new TaskInput("1", "Hội nghị", [Host.UnitIdAsync("tn.hnd").Result], Timeframe: TimeframeKind.Annual)]), focal));
        var plan = await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(id, focal));
        return (id, plan.Tasks.Single(), focal);
    }

    [Fact]
    public async Task Should_edit_a_row_and_refuse_a_stale_edit()
    {
        var (planId, task, focal) = await CreateAsync();
        var hlhpn = await Host.UnitIdAsync("tn.hlhpn");
        await Host.RunAsync<EditTask>(e => e.HandleAsync(task.Id, task.Version, new TaskInput("1", "Hội nghị sơ kết", [hlhpn], CoordinatingNames: ["các hội quần chúng"]), focal));
        var edited = (await Host.RunAsync<ShowPlan, ShowPlan.Details>(s => s.HandleAsync(planId, focal))).Tasks.Single();
        Assert.Equal("Hội nghị sơ kết", edited.Title);
        Assert.Equal(hlhpn, edited.Lead.Single().OrgUnitId);
        Assert.NotEmpty(edited.Coordinating.Single().OrgUnitIds!);
        await Assert.ThrowsAsync<ConflictException>(() => Host.RunAsync<EditTask>(e => e.HandleAsync(task.Id, task.Version - 1, new TaskInput("1", "Cũ", [hlhpn]), focal)));
    }

    [Fact]
    public async Task Should_export_the_table_as_docx_and_as_a_workbook_with_one_row_per_task()
    {
        var (planId, _, focal) = await CreateAsync();
        var docx = await Host.RunAsync<ExportTaskTable, ExportTaskTable.File>(e => e.HandleAsync(planId, "docx", focal));
        Assert.EndsWith(".docx", docx.FileName);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(docx.Content[..2]));
        var xlsx = await Host.RunAsync<ExportTaskTable, ExportTaskTable.File>(e => e.HandleAsync(planId, "xlsx", focal));
        var read = XlsxWorkbook.Read(xlsx.Content);
        Assert.Equal("1. Hội nghị", read.Rows.Single()[1].TextValue);
        Assert.Equal("Hội Nông dân tỉnh Tây Ninh", read.Rows.Single()[2].TextValue);
    }
}

public sealed class EditTaskTests_Sqlite(SqliteDatabases d) : EditTaskTests(d), IClassFixture<SqliteDatabases>;
public sealed class EditTaskTests_Postgres(PostgresDatabases d) : EditTaskTests(d), IClassFixture<PostgresDatabases>;
