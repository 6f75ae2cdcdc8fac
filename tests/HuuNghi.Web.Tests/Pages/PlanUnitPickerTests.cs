using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

/// <summary>Issue 13: the plan forms choose their units by typing (several at once as chips), never from a drop-down of every unit.</summary>
public abstract class PlanUnitPickerTests(IDatabaseFactory databases) : WebTest(databases)
{
    private (int PlanId, int TaskId, int LeadId) Task()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>();
        return db.PlanTasks.Include(t => t.Assignees).Where(t => t.Assignees.Any(a => a.OrgUnitId != null)).OrderBy(t => t.Id)
            .AsEnumerable().Select(t => (t.PlanId, t.Id, t.Assignees.First(a => a.OrgUnitId != null).OrgUnitId!.Value)).First();
    }

    [Fact]
    public async Task Should_not_put_an_option_per_unit_on_the_plan_pages()
    {
        var (planId, taskId, leadId) = Task();
        using var admin = await App.BrowserClientForAsync("admin", TestWebApp.AdminPassword);
        foreach (var url in new[] { "/Plans/Create", $"/Plans/Details/{planId}", $"/Plans/EditTask/{taskId}", "/Plans/Unmatched" })
        {
            var page = await admin.GetStringAsync(url);
            // The unmatched page draws a picker per name waiting to be mapped (none may be waiting).
            if (url != "/Plans/Unmatched") Assert.Contains("data-units-picker", page);
            Assert.DoesNotContain("<select name=\"orgUnitId\"", page);
            // What options are left are the timeframe's few, whatever the number of units.
            Assert.True(Regex.Count(page, "<option ") <= 6, $"{url} carries {Regex.Count(page, "<option ")} options");
            Assert.DoesNotContain("multiple size=", page);
            Assert.True(page.Length < 60_000, $"{url} is {page.Length} characters");
        }
        // A task's units are chips posting the ids under the multiple select's name.
        var edit = await admin.GetStringAsync($"/Plans/EditTask/{taskId}");
        Assert.Matches($"<input type=\"hidden\" name=\"(LeadUnitIds|CoordinatingUnitIds)\" value=\"{leadId}\" />", edit);
    }

    [Fact]
    public async Task Should_find_plan_units_by_typing_within_the_officers_area_only()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var found = await IdsAsync(officer, "/Plans?handler=Units&q=thap%20muoi");
        Assert.Contains(await UnitIdAsync("dt.thapmuoi.ubnd"), found);
        Assert.DoesNotContain(await UnitIdAsync("dt.thapmuoi"), found); // areas are not assignees
        Assert.DoesNotContain(await UnitIdAsync("dt.tm.ubnd"), found); // nor units that have ended
        Assert.Empty(await IdsAsync(officer, "/Plans?handler=Units&q=binh%20son"));
        Assert.True((await IdsAsync(officer, "/Plans?handler=Units&q=")).Count <= 20);

        using var anonymous = App.Client();
        var refused = await anonymous.GetAsync("/Plans?handler=Units&q=thap");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static async Task<List<int>> IdsAsync(HttpClient client, string url)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync(url));
        return json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
    }
}

public sealed class PlanUnitPickerTests_Sqlite(SqliteDatabases d) : PlanUnitPickerTests(d), IClassFixture<SqliteDatabases>;
public sealed class PlanUnitPickerTests_Postgres(PostgresDatabases d) : PlanUnitPickerTests(d), IClassFixture<PostgresDatabases>;
