namespace HuuNghi.BrowserTests.PageObjects;

public sealed class DashboardPage(IPage page)
{
    public async Task OpenYearAsync(int year)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ tiêu", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = year.ToString(), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"From={year}-01-01"));
    }

    /// <summary>The big number of a headline figure, by indicator code.</summary>
    public ILocator Figure(string code) => page.Locator($"[data-indicator=\"{code}\"] .stat");
}
