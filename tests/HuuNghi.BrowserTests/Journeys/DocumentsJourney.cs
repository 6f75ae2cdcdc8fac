using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class DocumentsJourney(BrowserFixture browser) : Journey(browser)
{
    [Fact]
    public async Task Should_upload_a_bundle_and_follow_its_citations_both_ways()
    {
        await new LoginPage(Page).SignInAsync("bdv.tayninh", DemoPassword);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Văn bản" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tải văn bản lên" }).ClickAsync();
        await Page.GetByLabel("Tệp văn bản").SetInputFilesAsync(Seeds.Path("002"));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp" }).ClickAsync();
        // The file is read and held: the officer sees what was found, with any doubts, before it is stored.
        var review = Page.GetByTestId("upload-review");
        await Expect(review.GetByRole(AriaRole.Group)).ToHaveCountAsync(3);
        await Expect(review.GetByLabel("Số, ký hiệu").First).Not.ToBeEmptyAsync();
        await ScreenshotAsync("upload-review");
        await review.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và lưu" }).ClickAsync();
        var results = Page.GetByTestId("upload-results");
        await Expect(results).ToContainTextAsync("Đã lưu 3 văn bản");
        await ScreenshotAsync("upload");

        await results.GetByRole(AriaRole.Link, new() { Name = "83-KH/TU" }).ClickAsync();
        await Expect(Page.GetByTestId("cited-by")).ToContainTextAsync("457/LĐLĐ");
        await Expect(Page.GetByTestId("cites")).ToContainTextAsync("12-CT/TW");
        await ScreenshotAsync("document-83-KH-TU");

        await Page.GetByTestId("cited-by").GetByRole(AriaRole.Link).Filter(new() { HasText = "578-CV/BDVTU" }).ClickAsync();
        await Expect(Page.GetByTestId("cites")).ToContainTextAsync("83-KH/TU");

        await Page.GotoAsync("/Documents?Q=doi+ngoai+nhan+dan");
        await Expect(Page.GetByTestId("documents")).ToContainTextAsync("83-KH/TU");
    }
}
