using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class RegistersJourney(BrowserFixture browser) : Journey(browser)
{
    [Fact]
    public async Task Should_record_a_delegation_and_see_the_dashboard_figure_change()
    {
        await new LoginPage(Page).SignInAsync("ubnd.thapmuoi", DemoPassword);
        var dashboard = new DashboardPage(Page);
        await dashboard.OpenYearAsync(2023);
        await Expect(dashboard.Figure("delegations-in.visits")).ToHaveTextAsync("20");
        await ScreenshotAsync("dashboard-2023");

        var register = new RegisterPage(Page);
        await register.OpenAsync("Đoàn vào");
        await register.RecordInboundDelegationAsync("Ủy ban nhân dân huyện Tháp Mười (đã kết thúc)", "12/12/2023", "rikolto", "Bỉ", "Khảo sát chuỗi giá trị lúa gạo", "-2");
        await Expect(register.FieldError("People")).ToContainTextAsync("không được âm");
        await Page.GetByLabel("Số người").FillAsync("3");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu");
        await Expect(Page.Locator("table.data tbody tr").First).ToContainTextAsync("Rikolto");

        await dashboard.OpenYearAsync(2023);
        await Expect(dashboard.Figure("delegations-in.visits")).ToHaveTextAsync("21");
        await Expect(Page.Locator("svg.chart").First).ToBeVisibleAsync();
        await ScreenshotAsync("dashboard-2023-after");
    }
}
