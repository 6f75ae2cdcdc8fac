namespace HuuNghi.BrowserTests.PageObjects;

public sealed class RegisterPage(IPage page)
{
    public async Task OpenAsync(string registerTitle)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Sổ theo dõi", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = registerTitle, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(registerTitle);
    }

    public async Task RecordInboundDelegationAsync(string unit, string date, string partner, string country, string purpose, string people)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Thêm bản ghi" }).ClickAsync();
        await ChooseUnitAsync(unit);
        await page.GetByLabel("Ngày bắt đầu").FillAsync(date);
        await page.GetByLabel("Tổ chức, đoàn khách").FillAsync(partner);
        await page.GetByLabel("Quốc gia").SelectOptionAsync(new SelectOptionValue { Label = country });
        await page.GetByLabel("Mục đích").FillAsync(purpose);
        await page.GetByLabel("Số người").FillAsync(people);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
    }

    /// <summary>The unit picker: type the name (without the "(ended)" mark the list adds), then pick the matching option.</summary>
    public async Task ChooseUnitAsync(string unit)
    {
        var typed = unit.Split(" (", 2)[0];
        await page.GetByLabel("Đơn vị", new() { Exact = true }).FillAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = unit }).First.ClickAsync();
    }

    public ILocator FieldError(string field) => page.Locator($".field-error[data-for=\"{field}\"]");
}
