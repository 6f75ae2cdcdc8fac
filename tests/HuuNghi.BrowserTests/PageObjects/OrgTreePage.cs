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

    /// <summary>Opens a node as a person does, on its arrow (the name is a link), and waits for its children to arrive.</summary>
    public async Task ExpandAsync(string name)
    {
        var node = Tree.Locator($"li[data-unit-name=\"{name}\"]").First;
        await node.Locator(":scope > details > summary").ClickAsync(new() { Position = new() { X = 4, Y = 8 } });
        await Expect(node.Locator(":scope > details > ul > li").First).ToBeVisibleAsync();
    }

    /// <summary>Finds a unit deep in the tree with the search box, which opens the tree down to it.</summary>
    public async Task FindAsync(string name)
    {
        await page.GetByLabel("Tìm đơn vị trong cây").FillAsync(name);
        await page.GetByRole(AriaRole.Option, new() { Name = name }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở", Exact = true }).ClickAsync();
        await Expect(Tree.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First).ToBeVisibleAsync();
    }

    public Task OpenUnitAsync(string name) => Tree.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();
}
