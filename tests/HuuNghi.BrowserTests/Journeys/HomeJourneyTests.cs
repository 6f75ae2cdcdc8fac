using System.Text.RegularExpressions;
using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

/// <summary>Each role opens the home page, sees its work, and follows its links to where the work is done.</summary>
public sealed partial class HomeJourneyTests(BrowserFixture browser) : Journey(browser)
{
    private const string Front = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp";

    [Fact]
    public async Task Should_take_the_unit_officer_from_her_late_report_to_its_page_and_a_figure_to_its_rows()
    {
        await OpenHomeAsync("ubnd.thapmuoi", "unit-officer");
        var owed = Page.GetByTestId("owed");
        var late = owed.Locator(".late");
        await Expect(late).ToHaveTextAsync(LateDays());
        await Expect(late).ToHaveCSSAsync("color", "rgb(179, 25, 30)");

        await owed.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Năm 2024") }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Reporting/Submission/\d+/\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tháp Mười");

        await Page.GotoAsync("/");
        await Page.GetByTestId("assigned").GetByRole(AriaRole.Link, new() { Name = "313/KH-UBND" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Plans/Details/\d+$"));

        await Page.GotoAsync("/Indicators?From=2023-01-01&To=2023-12-31");
        var inbound = Page.Locator("a[data-indicator='delegations-in.visits']");
        await Expect(inbound.Locator(".stat")).ToHaveTextAsync("20");
        await inbound.ClickAsync();
        await Expect(Page.GetByText("20 bản ghi")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("entries").Locator("tbody tr")).ToHaveCountAsync(20);
        await ScreenshotAsync("home-unit-officer-drilldown");
    }

    [Fact]
    public async Task Should_let_the_focal_officer_remind_the_front_and_open_its_report_and_a_late_task()
    {
        await OpenHomeAsync("sngv.dongthap", "focal-officer");
        var request2024 = Page.GetByTestId("received").Locator("article").Filter(new() { HasText = "Năm 2024" });
        await Expect(request2024.GetByTestId("missing")).ToContainTextAsync(Front);
        await request2024.GetByRole(AriaRole.Button, new() { Name = "Đôn đốc các đơn vị chưa gửi" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã đôn đốc 2 đơn vị");

        await Page.GetByTestId("received").Locator("article").Filter(new() { HasText = "Năm 2024" })
            .GetByRole(AriaRole.Link, new() { Name = Front }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Reporting/Submission/\d+/\d+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(Front);

        await Page.GotoAsync("/");
        await Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^\\d+\\. ") }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Báo cáo tiến độ");
    }

    [Fact]
    public async Task Should_take_the_leader_to_the_request_rates_and_the_plan()
    {
        await OpenHomeAsync("lanhdao.dongthap", "leader");
        var received = Page.GetByTestId("received");
        await Expect(received).ToContainTextAsync(Front);
        await Expect(received.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await received.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Năm 2024$") }).ClickAsync();
        await Expect(Page.GetByTestId("rate")).ToHaveTextAsync("0%");

        await Page.GotoAsync("/");
        await Page.GetByTestId("tasks").GetByRole(AriaRole.Link, new() { Name = "313/KH-UBND" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(@"/Plans/Details/\d+$"));
    }

    [Fact]
    public async Task Should_show_the_viewer_an_empty_list_with_its_bell_and_links()
    {
        await OpenHomeAsync("xem.ninhbinh", "viewer");
        await Expect(Page.GetByTestId("received")).ToHaveCountAsync(0);
        await Page.GetByTestId("bell").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/#reminders$"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tất cả nhiệm vụ của tôi" }).ClickAsync();
        await Expect(Page.GetByTestId("my-tasks")).ToBeVisibleAsync();
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tất cả kế hoạch" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/Plans$"));
    }

    /// <summary>Signs in, and keeps the home page at desktop and phone width for a person to look at.</summary>
    private async Task OpenHomeAsync(string userName, string role)
    {
        await Page.SetViewportSizeAsync(1366, 900);
        await new LoginPage(Page).SignInAsync(userName, DemoPassword);
        await Expect(Page.GetByTestId("owed")).ToBeVisibleAsync();
        await ScreenshotAsync($"home-{role}-1366");
        await Page.SetViewportSizeAsync(390, 844);
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the home page is wider than a 390 px phone");
        await ScreenshotAsync($"home-{role}-390");
        await Page.SetViewportSizeAsync(1366, 900);
    }

    private Regex LateDays()
    {
        var today = DateOnly.FromDateTime(App.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        return new Regex($"^quá hạn {today.DayNumber - new DateOnly(2025, 1, 3).DayNumber} ngày$");
    }
}
