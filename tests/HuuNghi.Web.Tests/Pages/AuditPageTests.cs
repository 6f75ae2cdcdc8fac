using System.Net;
using System.Text.RegularExpressions;

namespace HuuNghi.Web.Tests.Pages;

public abstract class AuditPageTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_show_the_trail_in_words_without_class_names_ids_or_iso_dates()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var page = await officer.GetStringAsync("/Audit");
        var table = page[page.IndexOf("data-testid=\"audit\"", StringComparison.Ordinal)..];
        Assert.Contains("đã ", table);
        Assert.DoesNotContain(">Added<", table);
        Assert.DoesNotContain("OrgUnit #", table);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", table);
        Assert.Contains("placeholder=\"dd/mm/yyyy\"", page);
        Assert.DoesNotContain("type=\"date\"", page);
        Assert.Contains("<option value=\"OrgUnit\"", page);
        Assert.Contains(">đơn vị</option>", page);
    }

    [Fact]
    public async Task Should_filter_by_kind_and_dates_typed_dd_mm_yyyy_and_say_a_bad_date_beside_its_field()
    {
        using var officer = await App.BrowserClientForAsync("sngv.dongthap", DemoPassword);
        var future = await officer.GetStringAsync("/Audit?From=01/01/2099");
        Assert.Contains("0 thay đổi", future);
        var units = await officer.GetStringAsync("/Audit?EntityType=AppUser&From=01/01/2000&To=31/12/2098");
        Assert.DoesNotContain("đã thêm đơn vị", units);

        var bad = await officer.GetAsync("/Audit?From=31/02/2026");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("id=\"From-error\">[^<]*31/02/2026[^<]*không phải ngày dạng dd/mm/yyyy"), html);
    }
}

public sealed class AuditPageTests_Sqlite(SqliteDatabases d) : AuditPageTests(d), IClassFixture<SqliteDatabases>;
public sealed class AuditPageTests_Postgres(PostgresDatabases d) : AuditPageTests(d), IClassFixture<PostgresDatabases>;
