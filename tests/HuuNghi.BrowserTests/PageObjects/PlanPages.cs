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
        await page.GetByLabel("Cơ quan ban hành").SelectOptionAsync(new SelectOptionValue { Label = issuer });
        await page.GetByLabel("Nội dung nhiệm vụ").FillAsync(task);
        await page.GetByLabel("Cơ quan chủ trì").SelectOptionAsync(new SelectOptionValue { Label = lead });
        await page.GetByLabel("Cơ quan phối hợp").SelectOptionAsync(new SelectOptionValue { Label = coordinating });
        await page.GetByLabel("Hạn hoàn thành").FillAsync(due.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu kế hoạch" }).ClickAsync();
    }

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
