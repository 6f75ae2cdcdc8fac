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

    private async Task SignInAsAsync(string userName)
    {
        await Page.Context.ClearCookiesAsync();
        await new LoginPage(Page).SignInAsync(userName, DemoPassword);
    }
}
