using HuuNghi.BrowserTests.PageObjects;
using HuuNghi.Documents.Reading;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class ReportWriterJourney(BrowserFixture browser) : Journey(browser)
{
    private const string Request2024 = "Báo cáo hằng năm kết quả thực hiện Kế hoạch 313/KH-UBND về công tác đối ngoại nhân dân (Tỉnh Đồng Tháp) — Năm 2024";
    private const string ThapMuoi = "Ủy ban nhân dân huyện Tháp Mười";

    [Fact]
    public async Task Should_write_a_section_of_the_2024_report_and_find_it_in_the_downloaded_docx()
    {
        const string sentence = "Kinh phí đón tiếp các đoàn vào năm 2024 còn hạn chế, cần được tỉnh hỗ trợ.";
        var report = new SubmissionPage(Page);
        await new LoginPage(Page).SignInAsync("ubnd.thapmuoi", DemoPassword);
        await report.OpenAsync(Request2024, ThapMuoi);

        await report.WriteSectionAndSaveAsync("III. Thuận lợi, khó khăn", sentence);
        await Expect(Page.GetByTestId("results-preview")).ToBeVisibleAsync();
        var docx = await report.DownloadAsync("Tải DOCX");

        Assert.EndsWith(".docx", docx, StringComparison.Ordinal);
        Assert.Contains(sentence, DocumentReader.Read(docx).Text);
        await ScreenshotAsync("report-writer");
        await Page.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync("report-writer-phone");
    }
}
