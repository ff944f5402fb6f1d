using Microsoft.Playwright;

namespace CampaignHub.BrowserTests.Infrastructure;

/// <summary>
/// One live server and one Chromium (Debian's, at /usr/bin/chromium) shared by the browser tests.
/// Each user is a separate browser context, so two contexts are two people.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    // xunit wants exactly one public constructor on a fixture: the demo server; a subclass brings its own.
    public BrowserFixture()
        : this(new LiveServer())
    {
    }

    protected BrowserFixture(LiveServer server) => Server = server;

    public const string Password = "CampaignHub!2014";
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LiveServer Server { get; }

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        EnsureChromiumInstalled(); // before the server starts, so a missing browser leaves no process behind

        await Server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    private static void EnsureChromiumInstalled()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is not installed at /usr/bin/chromium: run scripts/test.sh, which installs it (apt-get install chromium fonts-noto-cjk).");
        }
    }

    /// <summary>Debian's Chromium, headless, as every browser test drives it.</summary>
    public static async Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        EnsureChromiumInstalled();

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context (a separate person), not signed in.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1440, int height = 900, bool isMobile = false) =>
        NewContextAsync(Browser, Server.BaseUrl, width, height, isMobile);

    /// <summary>A fresh context on <paramref name="baseUrl"/>: a Chinese user in China.</summary>
    public static Task<IBrowserContext> NewContextAsync(IBrowser browser, Uri baseUrl, int width = 1440, int height = 900, bool isMobile = false) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            IsMobile = isMobile,
            HasTouch = isMobile,
        });

    /// <summary>A signed-in person in their own context, on the page given, ready for interaction.</summary>
    public Task<IPage> SignInAsync(string userName, string path = "", int width = 1440, int height = 900) =>
        SignInAsync(userName, Password, path, width, height);

    /// <summary>A signed-in person with their own password (a real office's accounts), on the page given.</summary>
    public Task<IPage> SignInAsync(string userName, string password, string path, int width = 1440, int height = 900) =>
        SignInAsync(Browser, Server.BaseUrl, userName, password, path, width, height);

    /// <summary>Signs in on the server at <paramref name="baseUrl"/> in a new context and opens <paramref name="path"/>.</summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, Uri baseUrl, string userName, string password, string path, int width = 1440, int height = 900)
    {
        var context = await NewContextAsync(browser, baseUrl, width, height);
        var page = await context.NewPageAsync();
        await page.GotoAsync("Account/Login?returnUrl=" + Uri.EscapeDataString(path));
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await WaitForInteractiveAsync(page);
        return page;
    }

    /// <summary>Waits until the Blazor circuit is up and the layout has rendered interactively.</summary>
    public static async Task WaitForInteractiveAsync(IPage page) =>
        await page.Locator("[data-interactive=true]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 15000 });

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Paths.Screenshots, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

[CollectionDefinition(Name)]
public sealed class RestartCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser-restart";
}
