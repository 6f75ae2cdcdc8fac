namespace HuuNghi.BrowserTests.PageObjects;

public sealed class OrgTreePage(IPage page)
{
    public ILocator Tree => page.GetByTestId("org-tree");

    public async Task OpenAsOfAsync(string isoDate)
    {
        await page.GotoAsync("/OrgUnits");
        await page.GetByLabel("Cây tổ chức tại ngày").FillAsync(isoDate);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("AsOf=" + isoDate));
    }

    /// <summary>The names of the units directly under the named unit.</summary>
    public ILocator ChildrenOf(string name) =>
        Tree.Locator($"li[data-unit-name=\"{name}\"]").First.Locator(":scope > details > ul > li");

    public Task OpenUnitAsync(string name) => Tree.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
}
