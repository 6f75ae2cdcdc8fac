using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;

namespace HuuNghi.Web.Tests.Pages;

public abstract class RegisterPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_list_an_officers_register_and_the_shared_partner_once()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var list = await officer.GetStringAsync("/Registers?register=delegations-in");
        Assert.Contains("20 bản ghi", list);
        Assert.Contains("Rikolto", list);
        var partners = await officer.GetStringAsync("/Registers/Partners?Q=rikolto");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(partners, "<td>Rikolto</td>"));
    }

    [Theory]
    [InlineData("budget", "Kinh phí đối ngoại nhân dân", "<td>2023</td>")]
    [InlineData("commendations", "Khen thưởng", "35/QĐ-UBND")]
    [InlineData("officers", "Cán bộ làm công tác đối ngoại nhân dân", "Nguyễn Thị Mỹ Hạnh")]
    public async Task Should_list_the_budget_commendations_and_officers_registers(string register, string title, string shown)
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var index = await officer.GetStringAsync("/Registers");
        Assert.Contains(title, index);
        var list = await officer.GetStringAsync($"/Registers?register={register}");
        Assert.Contains(shown, list);
        Assert.DoesNotContain("Tây Ninh", list);
    }

    [Fact]
    public async Task Should_refuse_a_form_with_1_5_people_beside_the_field_and_store_nothing()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var form = await officer.GetStringAsync("/Registers/Edit?register=delegations-in");
        Assert.Contains("Số nguyên, viết 1.234 hoặc 1234", form);
        Assert.Contains("Viết số: 1.234 hoặc 1234; phần thập phân dùng dấu phẩy: 1,5", await officer.GetStringAsync("/Registers/Edit?register=aid-projects"));
        var before = Delegations();

        var posted = await officer.PostAsync("/Registers/Edit?register=delegations-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
            ["UnitId"] = (await UnitIdAsync("dt.tm.ubnd")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Date"] = "05/03/2023", ["Partner"] = "Rikolto", ["Country"] = "BE", ["Purpose"] = "Khảo sát dự án", ["People"] = "1.5",
        }));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Số người: &#x27;1.5&#x27; không phải cách viết số hợp lệ", await posted.Content.ReadAsStringAsync());
        Assert.Equal(before, Delegations());
    }

    [Fact]
    public async Task Should_open_the_record_form_on_the_district_committee_and_count_a_record_kept_on_the_district_in_its_report()
    {
        // Issue 19 item 2: the form opened on "Huyện Tháp Mười" (the area) and a delegation saved there was in no report.
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var form = await officer.GetStringAsync("/Registers/Edit?register=delegations-in");
        var committee = await UnitIdAsync("dt.tm.ubnd");
        Assert.Matches($"name=\"UnitId\" value=\"{committee}\"", form);

        var posted = await officer.PostAsync("/Registers/Edit?register=delegations-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
            ["UnitId"] = (await UnitIdAsync("dt.tm")).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Date"] = "12/09/2024", ["Partner"] = "Hội Hữu nghị Thử nghiệm Bỉ", ["Country"] = "BE", ["Purpose"] = "Khảo sát dự án", ["People"] = "3",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        using var api = await App.ClientForAsync("ubnd.thapmuoi", DemoPassword);
        var request = (await api.GetFromJsonAsync<System.Text.Json.JsonElement[]>("/api/reporting/requests"))!
            .First(r => r.GetProperty("period").GetString() == "2024").GetProperty("id").GetInt32();
        var url = $"/Reporting/Submission/{request}/{committee}";
        await officer.PostAsync(url + "?handler=Start", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Regex.Match(await officer.GetStringAsync(url), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value,
        }));
        var page = await officer.GetStringAsync(url);
        Assert.Contains("Hội Hữu nghị Thử nghiệm Bỉ", page);
        Assert.DoesNotContain("Hội Hữu nghị Thử nghiệm Bỉ (Huyện Tháp Mười)", page);
    }

    private int Delegations()
    {
        using var scope = App.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<Core.Data.HuuNghiDbContext>().Delegations.Count();
    }

    [Fact]
    public async Task Should_draw_the_dashboard_charts_in_the_page_itself()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var page = await officer.GetStringAsync($"/Indicators?UnitId={await UnitIdAsync("dt.tm")}&From=2023-01-01&To=2023-12-31");
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(page, "<svg class=\"chart\""));
        Assert.Contains("data-indicator=\"citizens-abroad.total\"><div class=\"stat\">125<", page);
        Assert.DoesNotContain("<script src=\"http", page);
    }

    [Fact]
    public async Task Should_give_the_template_as_a_workbook_and_hide_other_units_records()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        var template = await officer.GetAsync("/Registers?handler=Export&template=true&register=trainings");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var list = await officer.GetStringAsync("/Registers?register=trainings");
        Assert.Contains("1 bản ghi", list);
        Assert.DoesNotContain("Tháp Mười", list);
    }
}

public sealed class RegisterPagesTests_Sqlite(SqliteDatabases d) : RegisterPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class RegisterPagesTests_Postgres(PostgresDatabases d) : RegisterPagesTests(d), IClassFixture<PostgresDatabases>;
