namespace HuuNghi.BrowserTests.PageObjects;

/// <summary>The Plans pages as a user reaches them: create a plan, report progress, read the compliance view.</summary>
public sealed class PlanPages(IPage page)
{
    public async Task CreateAsync(string reference, string title, string issuer, string task, string lead, string coordinating, DateOnly due)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo kế hoạch" }).ClickAsync();
        await page.GetByLabel("Số, ký hiệu").FillAsync(reference);
        await page.GetByLabel("Tên kế hoạch").FillAsync(title);
        await page.GetByLabel("Cơ quan ban hành").FillAsync(issuer);
        await page.GetByRole(AriaRole.Option, new() { Name = issuer }).First.ClickAsync();
        await page.GetByLabel("Nội dung nhiệm vụ").FillAsync(task);
        await AddUnitAsync("Cơ quan chủ trì", lead);
        await AddUnitByKeyboardAsync("Cơ quan phối hợp", coordinating);
        await page.GetByLabel("Hạn hoàn thành").FillAsync(due.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
    }

    /// <summary>The several-units picker: type, click the match; the unit becomes a chip and the box empties for the next.</summary>
    public async Task AddUnitAsync(string label, string unit)
    {
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(unit);
        await page.GetByRole(AriaRole.Option, new() { Name = unit }).First.ClickAsync();
        await Expect(Chips(label)).ToContainTextAsync(unit);
    }

    /// <summary>The same by keyboard only: type, arrow to the match (the first is already active), Enter.</summary>
    public async Task AddUnitByKeyboardAsync(string label, string unit)
    {
        var box = page.GetByLabel(label, new() { Exact = true });
        await box.FillAsync(unit);
        await Expect(page.GetByRole(AriaRole.Option, new() { Name = unit }).First).ToBeVisibleAsync();
        // The match need not be first (names sharing words, e.g. "… tỉnh Tây Ninh", come in name order): arrow down
        // until it is the active option, as a keyboard user would.
        var active = page.Locator(".units-picker").Filter(new() { Has = box }).Locator("[role=option][aria-selected=true]:visible");
        for (var i = 0; i < 20 && (await active.CountAsync() == 0 || !(await active.First.InnerTextAsync()).Trim().StartsWith(unit, StringComparison.Ordinal)); i++)
            await box.PressAsync("ArrowDown");
        await Expect(active.First).ToContainTextAsync(unit);
        await box.PressAsync("Enter");
        await Expect(Chips(label)).ToContainTextAsync(unit);
        await Expect(box).ToHaveValueAsync("");
    }

    private ILocator Chips(string label) =>
        page.Locator(".units-picker").Filter(new() { Has = page.GetByLabel(label, new() { Exact = true }) }).Locator(".unit-chips");

    public async Task ReportDoneAsync(string task, string text)
    {
        await page.GotoAsync("/Plans/Tasks");
        await page.GetByTestId("my-tasks").GetByRole(AriaRole.Row).Filter(new() { HasText = task })
            .GetByRole(AriaRole.Link, new() { Name = "Báo cáo tiến độ" }).ClickAsync();
        await page.GetByLabel("Nội dung đã thực hiện").FillAsync(text);
        await page.GetByLabel("Đơn vị đã hoàn thành nhiệm vụ").CheckAsync();
        await page.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload
            { Name = "bien-ban-hoi-nghi.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("Biên bản hội nghị") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
    }

    public ILocator ComplianceRow(string unit) =>
        page.GetByTestId("compliance").GetByRole(AriaRole.Row).Filter(new() { HasText = unit });
}
