namespace HuuNghi.BrowserTests;

/// <summary>
/// One headless Chromium per test class. It is Debian's Chromium, never a downloaded build, started with the
/// flags that keep it off the network (the machines have none).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: run ./test.sh, which installs Debian's chromium package.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A journey: the real app on a fresh SQLite database with the demo data, and a fresh browser context.</summary>
public abstract class Journey(BrowserFixture browser) : IAsyncLifetime, IClassFixture<BrowserFixture>
{
    protected const string DemoPassword = Core.Features.Demo.DemoUsers.Password;
    protected TestWebApp App { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;
    private IBrowserContext? _context;

    public async Task InitializeAsync()
    {
        App = await TestWebApp.StartAsync(new SqliteDatabases());
        _context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), Locale = "vi-VN" });
        Page = await _context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        await App.DisposeAsync();
    }

    /// <summary>Keeps a screenshot beside the test binaries for a person to look at.</summary>
    protected Task ScreenshotAsync(string name) =>
        Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screens", name + ".png"), FullPage = true });
}
