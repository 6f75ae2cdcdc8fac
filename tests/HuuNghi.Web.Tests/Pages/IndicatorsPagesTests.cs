using System.Net;
using System.Text.RegularExpressions;
using HuuNghi.Core.Features.Home;
using HuuNghi.Documents.Writing.Xlsx;
using HuuNghi.Web.Pages.Shared;

namespace HuuNghi.Web.Tests.Pages;

public abstract class IndicatorsPagesTests(IDatabaseFactory databases) : WebTest(databases)
{
    [Fact]
    public async Task Should_set_last_years_figure_beside_this_years_and_link_it_to_last_years_rows()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var html = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2024-01-01&To=2024-12-31&culture=vi");
        var card = Regex.Match(html, "data-indicator=\"delegations-in.visits\"><div class=\"stat\">(\\d+)</div>.*?data-before=\"(\\d+)\"", RegexOptions.Singleline);
        Assert.True(card.Success);
        Assert.Equal("20", card.Groups[2].Value);
        var row = Regex.Match(html, "<tr data-indicator=\"delegations-in.visits\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains($"unit={thapMuoi}&amp;from=2023-01-01&amp;to=2023-12-31\">20</a>", row);
        Assert.Contains("so với cùng kỳ 01/01/2023 – 31/12/2023", html);
    }

    [Fact]
    public async Task Should_show_the_province_by_district_with_each_figure_leading_to_its_rows()
    {
        var (province, thapMuoi) = (await UnitIdAsync("dt"), await UnitIdAsync("dt.tm"));
        using var leader = await App.BrowserClientForAsync("lanhdao.dongthap", DemoPassword);
        var html = await leader.GetStringAsync($"/Indicators?UnitId={province}&From=2023-01-01&To=2023-12-31&Sort=inbound");
        var table = Between(html, "data-testid=\"subunits\"", "</table>");
        Assert.Equal(thapMuoi.ToString(), Regex.Match(table, "<tr data-unit=\"(\\d+)\"").Groups[1].Value);
        Assert.Contains($"unit={thapMuoi}&amp;from=2023-01-01&amp;to=2023-12-31\">20</a>", table);
        Assert.Contains("aria-sort=\"descending\"><a href=\"/Indicators?UnitId=", table);
    }

    [Fact]
    public async Task Should_export_what_the_page_shows_as_a_workbook()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var page = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2024-01-01&To=2024-12-31");
        var link = WebUtility.HtmlDecode(Regex.Match(page, "data-testid=\"export\" href=\"([^\"]+)\"").Groups[1].Value);
        var response = await officer.GetAsync(link);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var workbook = await response.Content.ReadAsByteArrayAsync();
        var inbound = XlsxWorkbook.Read(workbook, "Chỉ tiêu").Rows.Single(r => r[0].TextValue == "delegations-in.visits");
        Assert.Equal(20m, inbound[3].NumberValue);
        var months = XlsxWorkbook.Read(workbook, "Đoàn theo tháng").Rows;
        Assert.Equal(12, months.Count);
        Assert.NotEmpty(XlsxWorkbook.Read(workbook, "So sánh 2024").Rows);
        Assert.NotNull(XlsxWorkbook.Read(workbook, "Cảnh báo").Rows);
    }

    [Fact]
    public async Task Should_say_in_words_that_a_period_has_no_delegations_and_give_the_chart_as_a_table()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var empty = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2026-01-01&To=2026-12-31&culture=vi");
        Assert.Contains("Không có đoàn vào, đoàn ra nào trong kỳ.", empty);
        var full = await officer.GetStringAsync($"/Indicators?UnitId={thapMuoi}&From=2023-01-01&To=2023-12-31");
        Assert.DoesNotContain("data-testid=\"no-delegations\"", full);
        var table = Between(full, "data-testid=\"months-table\"", "</table>");
        Assert.Equal(12, Regex.Count(table, "<tr><td>\\d\\d/2023</td>"));
        Assert.Equal(20, Regex.Matches(table, "<tr><td>\\d\\d/2023</td><td class=\"num\">(\\d+)</td>").Sum(m => int.Parse(m.Groups[1].Value)));
    }

    [Fact]
    public async Task Should_explain_a_period_that_ends_before_it_starts()
    {
        using var officer = await App.BrowserClientForAsync("ubnd.thapmuoi", DemoPassword);
        var html = await officer.GetStringAsync("/Indicators?From=2024-12-31&To=2024-01-01&culture=vi");
        Assert.Contains("Kỳ không hợp lệ: ngày kết thúc phải sau ngày bắt đầu", html);
        Assert.Contains("Invalid period", await officer.GetStringAsync("/Indicators?From=2024-12-31&To=2024-01-01&culture=en"));
        Assert.Equal(HttpStatusCode.BadRequest, (await officer.GetAsync("/Indicators?handler=Xlsx&From=2024-12-31&To=2024-01-01")).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_another_districts_figures_on_the_page_and_in_the_export()
    {
        var thapMuoi = await UnitIdAsync("dt.tm");
        using var binhSon = await App.BrowserClientForAsync("ubnd.binhson", DemoPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/Indicators?UnitId={thapMuoi}&From=2023-01-01&To=2023-12-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await binhSon.GetAsync($"/Indicators?handler=Xlsx&UnitId={thapMuoi}&From=2023-01-01&To=2023-12-31")).StatusCode);
    }

    private static string Between(string html, string start, string end)
    {
        var i = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(i >= 0, $"no {start} in the page");
        var j = html.IndexOf(end, i, StringComparison.Ordinal);
        return html[i..(j < 0 ? html.Length : j)];
    }
}

public sealed class IndicatorsPagesTests_Sqlite(SqliteDatabases d) : IndicatorsPagesTests(d), IClassFixture<SqliteDatabases>;
public sealed class IndicatorsPagesTests_Postgres(PostgresDatabases d) : IndicatorsPagesTests(d), IClassFixture<PostgresDatabases>;

/// <summary>The sub-unit table's paging, which needs no database.</summary>
public sealed class SubUnitTableTests
{
    [Fact]
    public void Should_page_a_hundred_and_twenty_communes_fifty_at_a_time()
    {
        var rows = Enumerable.Range(1, 120).Select(i => new ListSubUnitComparison.Row(i, $"Xã {i}", false, 0, 0, 0, i, 0, 0, 0, 0)).ToList();
        var result = new ListSubUnitComparison.Result(0, "Tỉnh", 2025, new(2025, 1, 1), new(2025, 12, 31), rows, rows[0], rows[0]);
        var last = new SubUnitTable(result, rows, 3, (_, p) => $"?page={p}", null);
        Assert.Equal((3, 3), (last.PageCount, last.CurrentPage));
        Assert.Equal(Enumerable.Range(101, 20), last.Shown.Select(r => r.UnitId));
        Assert.Equal(50, new SubUnitTable(result, rows, 2, (_, p) => "", null).Shown.Count());
        Assert.Equal(3, new SubUnitTable(result, rows, 99, (_, p) => "", null).CurrentPage);
        Assert.Equal(1, new SubUnitTable(result, rows, -4, (_, p) => "", null).CurrentPage);
    }
}
