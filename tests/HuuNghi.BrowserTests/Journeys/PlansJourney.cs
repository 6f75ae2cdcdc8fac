using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class PlansJourney(BrowserFixture browser) : Journey(browser)
{
    private const string Task = "Tổ chức hội nghị quán triệt Chỉ thị 12-CT/TW cho cán bộ hội";
    private const string Women = "Hội Liên hiệp Phụ nữ tỉnh Tây Ninh";

    [Fact]
    public async Task Should_walk_a_plan_from_assignment_to_a_changed_compliance_view()
    {
        var plans = new PlanPages(Page);
        await new LoginPage(Page).SignInAsync("bdv.tayninh", DemoPassword);
        await plans.CreateAsync("20-KH/BDVTU", "Kế hoạch tuyên truyền đối ngoại nhân dân năm 2027", "Ban Dân vận Tỉnh ủy Tây Ninh",
            Task, Women, "Hội Nông dân tỉnh Tây Ninh", DateOnly.FromDateTime(DateTime.Today).AddDays(30));
        await Expect(Page.GetByTestId("tasks")).ToContainTextAsync("Hội Nông dân tỉnh Tây Ninh");
        await Expect(plans.ComplianceRow(Women).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("0");
        var planUrl = Page.Url;
        await ScreenshotAsync("plan-created");

        await Page.Context.ClearCookiesAsync();
        await new LoginPage(Page).SignInAsync("hlhpn.tayninh", DemoPassword);
        await plans.ReportDoneAsync(Task, "Đã tổ chức hội nghị cho 120 cán bộ hội các cấp");
        await Expect(Page.GetByTestId("my-tasks").GetByRole(AriaRole.Row).Filter(new() { HasText = Task })).ToContainTextAsync("Hoàn thành");

        await Page.Context.ClearCookiesAsync();
        await new LoginPage(Page).SignInAsync("bdv.tayninh", DemoPassword);
        await Page.GotoAsync(planUrl);
        await Expect(plans.ComplianceRow(Women).GetByRole(AriaRole.Cell).Nth(3)).ToHaveTextAsync("1");
        await Expect(Page.GetByTestId("tasks")).ToContainTextAsync("Hoàn thành");
        await Expect(Page.GetByTestId("reports")).ToContainTextAsync("Đã tổ chức hội nghị cho 120 cán bộ hội các cấp");
        await Expect(Page.GetByTestId("reports").GetByRole(AriaRole.Link, new() { Name = "bien-ban-hoi-nghi.txt" })).ToBeVisibleAsync();
        await ScreenshotAsync("plan-compliance");
    }
}
