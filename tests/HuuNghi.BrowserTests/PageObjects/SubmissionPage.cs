namespace HuuNghi.BrowserTests.PageObjects;

/// <summary>A unit's report for a request: the draft form for its officer, the review forms for the receiver.</summary>
public sealed class SubmissionPage(IPage page)
{
    public ILocator Status => page.GetByTestId("status");
    public ILocator Versions => page.GetByTestId("versions").Locator(":scope > li");

    /// <summary>From the request list, opens the named request and then the named unit's report.</summary>
    public async Task OpenAsync(string requestTitle, string unitName)
    {
        await page.GotoAsync("/Reporting");
        await page.GetByTestId("requests").GetByRole(AriaRole.Link, new() { Name = requestTitle, Exact = true }).ClickAsync();
        await page.GetByTestId("units").GetByRole(AriaRole.Link, new() { Name = unitName, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(unitName);
    }

    public async Task WriteAndSubmitAsync(string startButton, string text, string delegationsIn)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = startButton }).ClickAsync();
        await page.GetByLabel("Ghi chú phiên bản (không in trong báo cáo)").FillAsync(text);
        await page.GetByLabel("Số lượt đoàn vào (lượt)").FillAsync(delegationsIn);
        // Sending asks first: the version is sealed once sent.
        string? question = null;
        void Accept(object? _, IDialog dialog) { question = dialog.Message; _ = dialog.AcceptAsync(); }
        page.Dialog += Accept;
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        page.Dialog -= Accept;
        Assert.Contains("niêm phong", question);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã gửi báo cáo.");
    }

    public async Task ReturnAsync(string reason)
    {
        await page.GetByLabel("Lý do trả lại").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã trả lại báo cáo.");
    }

    public async Task AcceptAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã chấp nhận báo cáo.");
    }

    /// <summary>Opens a draft, writes one template section (by its heading) and saves the draft.</summary>
    public async Task WriteSectionAndSaveAsync(string heading, string text)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Soạn báo cáo", Exact = true }).ClickAsync();
        await page.GetByLabel(heading).FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Đã lưu bản nháp.");
    }

    /// <summary>Downloads the current report ("Tải DOCX", "Tải PDF", "Tải XLSX") and gives the saved file's path.</summary>
    public async Task<string> DownloadAsync(string link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "huunghi-downloads-" + Guid.NewGuid().ToString("N"), download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
