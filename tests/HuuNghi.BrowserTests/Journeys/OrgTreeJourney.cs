using HuuNghi.BrowserTests.PageObjects;

namespace HuuNghi.BrowserTests.Journeys;

public sealed class OrgTreeJourney(BrowserFixture browser) : Journey(browser)
{
    [Fact]
    public async Task Should_show_the_reform_in_the_tree_and_audit_an_edit()
    {
        await new LoginPage(Page).SignInAsync("sngv.dongthap", DemoPassword);
        var tree = new OrgTreePage(Page);

        await tree.OpenAsOfAsync("2024-01-01");
        await Expect(tree.Tree.GetByRole(AriaRole.Link, new() { Name = "Huyện Tháp Mười", Exact = true })).ToBeVisibleAsync();
        await tree.ExpandAsync("Huyện Tháp Mười");
        await Expect(tree.ChildrenOf("Huyện Tháp Mười")).ToContainTextAsync(["Thị trấn Mỹ An"], new() { UseInnerText = true });
        await ScreenshotAsync("org-tree-2024");

        await tree.OpenAsOfAsync("2026-01-01");
        await Expect(tree.Tree.GetByRole(AriaRole.Link, new() { Name = "Huyện Tháp Mười", Exact = true })).ToHaveCountAsync(0);
        await Expect(tree.ChildrenOf("Tỉnh Đồng Tháp")).ToContainTextAsync(["Xã Tháp Mười"], new() { UseInnerText = true });
        await ScreenshotAsync("org-tree-2026");

        await tree.FindAsync("Sở Ngoại vụ tỉnh Đồng Tháp");
        await tree.OpenUnitAsync("Sở Ngoại vụ tỉnh Đồng Tháp");
        await Page.GetByLabel("Tên viết tắt").FillAsync("SNgV Đồng Tháp");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nhật ký thay đổi" }).First.ClickAsync();
        var audit = Page.GetByTestId("audit");
        await Expect(audit.Locator("tr").Filter(new() { HasText = "SNgV Đồng Tháp" })).ToContainTextAsync("Nguyễn Thị Lan");
        await ScreenshotAsync("audit");
    }

    [Fact]
    public async Task Should_fit_a_phone_screen_and_switch_to_english()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await new LoginPage(Page).SignInAsync("ubnd.thapmuoi", DemoPassword);
        await Expect(Page.GetByRole(AriaRole.Navigation)).ToBeHiddenAsync();
        await Page.Locator("details.menu > summary").ClickAsync();
        await Page.Locator("details.menu").GetByRole(AriaRole.Link, new() { Name = "Cơ cấu tổ chức" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Cơ cấu tổ chức" })).ToBeVisibleAsync();
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        await ScreenshotAsync("phone-org-tree");

        await Page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Organisation" })).ToBeVisibleAsync();
    }
}
