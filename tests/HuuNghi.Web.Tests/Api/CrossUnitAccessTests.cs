using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Api;

/// <summary>Issue 17's probe findings 3 and 4, as the probe ran them on the demo: each must be refused.</summary>
public abstract class CrossUnitAccessTests(IDatabaseFactory databases) : WebTest(databases)
{
    private T Query<T>(Func<Core.Data.HuuNghiDbContext, T> query)
    {
        using var scope = App.Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>());
    }

    [Fact]
    public async Task Should_refuse_a_viewer_storing_a_document_and_store_nothing()
    {
        var before = Query(db => db.Documents.Count());
        using var viewer = await App.ClientForAsync("xem.ninhbinh", DemoPassword);
        var response = await viewer.PostAsync("/api/documents?unit=" + await UnitIdAsync("nb"),
            new MultipartFormDataContent { { new ByteArrayContent(await File.ReadAllBytesAsync(Seeds.Path("001"))), "file", "001.txt" } });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, Query(db => db.Documents.Count()));
    }

    [Fact]
    public async Task Should_refuse_the_task_edit_form_to_a_viewer_and_to_another_provinces_officer()
    {
        var dongThap = Query(db => db.OrgUnits.Where(u => u.Code.StartsWith("dt")).Select(u => u.Id).ToList());
        var task = Query(db => db.PlanTasks.Where(t => db.Plans.Any(p => p.Id == t.PlanId && p.IssuerUnitId != null && dongThap.Contains(p.IssuerUnitId.Value)))
            .OrderBy(t => t.Id).Select(t => t.Id).First());
        foreach (var user in new[] { "xem.ninhbinh", "ubnd.binhson", "lanhdao.dongthap" })
        {
            using var client = await App.BrowserClientForAsync(user, DemoPassword);
            var response = await client.GetAsync($"/Plans/EditTask/{task}");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: {response.StatusCode}");
        }
        using var focal = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await focal.GetAsync($"/Plans/EditTask/{task}")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_a_requests_reminders_to_a_unit_that_neither_receives_nor_reports()
    {
        var hoaAn = Query(db => db.OrgUnits.Where(u => u.Code.StartsWith("tq")).Select(u => u.Id).ToList());
        var request = Query(db => db.ReportRequests
            .Where(r => !hoaAn.Contains(r.ReceiverId) && !db.ExpectedReporters.Any(e => e.RequestId == r.Id && hoaAn.Contains(e.OrgUnitId)))
            .OrderBy(r => r.Id).Select(r => r.Id).First());
        using var outsider = await App.ClientForAsync("ubnd.hoaan", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/reporting/requests/{request}/reminders")).StatusCode);
        using var admin = await App.ClientForAsync("admin", TestWebApp.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/reporting/requests/{request}/reminders")).StatusCode);
    }
}

public sealed class CrossUnitAccessTests_Sqlite(SqliteDatabases d) : CrossUnitAccessTests(d), IClassFixture<SqliteDatabases>;
public sealed class CrossUnitAccessTests_Postgres(PostgresDatabases d) : CrossUnitAccessTests(d), IClassFixture<PostgresDatabases>;
