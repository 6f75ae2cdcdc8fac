using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class ReportingJourney(BrowserFixture browser) : Journey(browser)
{
    private const string Request2024 = "Báo cáo hằng năm kết quả thực hiện Kế hoạch 313/KH-UBND về công tác đối ngoại nhân dân (Tỉnh Đồng Tháp) — Năm 2024";
    private const string ThapMuoi = "Ủy ban nhân dân huyện Tháp Mười";

    [Fact]
    public async Task Should_take_a_report_from_draft_to_return_and_accept_the_resubmission()
    {
        var report = new SubmissionPage(Page);
        await SignInAsAsync("ubnd.thapmuoi");
        await report.OpenAsync(Request2024, ThapMuoi);
        await report.WriteAndSubmitAsync("Soạn báo cáo", "Năm 2024 huyện đón 18 đoàn khách nước ngoài.", "18");
        await Expect(report.Status).ToHaveTextAsync("Đã gửi");

        await SignInAsAsync("sngv.dongthap");
        await report.OpenAsync(Request2024, ThapMuoi);
        await report.ReturnAsync("Bổ sung số liệu dự án viện trợ.");
        await Expect(report.Status).ToHaveTextAsync("Bị trả lại");

        await SignInAsAsync("ubnd.thapmuoi");
        await report.OpenAsync(Request2024, ThapMuoi);
        await Expect(Page.GetByTestId("versions")).ToContainTextAsync("Bổ sung số liệu dự án viện trợ.");
        await report.WriteAndSubmitAsync("Soạn lại báo cáo", "Năm 2024 huyện đón 18 đoàn; 02 dự án viện trợ.", "18");

        await SignInAsAsync("sngv.dongthap");
        await report.OpenAsync(Request2024, ThapMuoi);
        await report.AcceptAsync();
        await Expect(report.Status).ToHaveTextAsync("Đã chấp nhận");
        await Expect(report.Versions).ToHaveCountAsync(2);
        await ScreenshotAsync("reporting-accepted");

        await Page.GetByRole(AriaRole.Link, new() { Name = "← " + Request2024 }).ClickAsync();
        await Expect(Page.GetByTestId("rate")).ToHaveTextAsync("50%");
        await ScreenshotAsync("reporting-request");
    }

    [Fact]
    public async Task Should_raise_a_request_from_a_regime_and_consolidate_the_2023_reports()
    {
        await SignInAsAsync("sngv.dongthap");
        await Page.GotoAsync("/Reporting");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Chế độ báo cáo" }).ClickAsync();
        var regime = Page.GetByTestId("regime").Filter(new() { HasText = "313/KH-UBND" });
        await regime.GetByLabel("Kỳ báo cáo").FillAsync("2027");
        await regime.GetByLabel("Theo công văn").FillAsync("99/SNGV-NV");
        await regime.GetByRole(AriaRole.Button, new() { Name = "Tạo yêu cầu báo cáo" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Năm 2027");
        await Expect(Page.GetByTestId("units")).ToContainTextAsync("Ủy ban nhân dân xã Tháp Mười");

        await Page.GotoAsync("/Reporting");
        await Page.GetByTestId("requests").GetByRole(AriaRole.Link, new() { Name = Request2024.Replace("2024", "2023", StringComparison.Ordinal), Exact = true }).ClickAsync();
        await Expect(Page.GetByTestId("rate")).ToHaveTextAsync("50%");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tổng hợp", Exact = true }).ClickAsync();
        var table = Page.GetByTestId("consolidation");
        await Expect(table.Locator("tr").Filter(new() { HasText = ThapMuoi })).ToContainTextAsync("Đã gửi");
        await Expect(table.Locator("tfoot")).ToContainTextAsync("125");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Xuất XLSX" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        await ScreenshotAsync("reporting-consolidation");
    }

    private async Task SignInAsAsync(string userName)
    {
        await Page.Context.ClearCookiesAsync();
        await new LoginPage(Page).SignInAsync(userName, DemoPassword);
    }
}
