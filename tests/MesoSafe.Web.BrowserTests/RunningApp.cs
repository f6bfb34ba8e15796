using MesoSafe.Testing.Files;
using MesoSafe.Testing.Processes;
using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>The real MesoSafe.Web process on a free port with a fresh SQLite file and the demo
/// seed, plus one headless Debian Chromium, shared by every journey in the collection.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    public const string DemoPassword = "demo-password-2026";

    private readonly TempFolder _folder = new("mesosafe-browser-");
    private WebAppProcess? _web;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        _web = await WebAppProcess.StartAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__MesoSafe"] = "Data Source=" + _folder.File("mesosafe.db"),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
            "--seed-demo");
        BaseUrl = _web.BaseUrl;

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MESOSAFE_CHROMIUM") is { Length: > 0 } chromium ? chromium : "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
        });
    }

    public string Output => _web?.Output ?? "";

    /// <summary>A fresh browser context (own cookies) at desktop size.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "en-GB",
        });
        // The machine is shared with other builds: generous waits, never fixed sleeps.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInAsync(string email)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
        return page;
    }

    /// <summary>Saves the page at desktop (1280x800) and phone (390x844) sizes.</summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        await page.SetViewportSizeAsync(1280, 800);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + "-desktop.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + "-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 800);
    }

    /// <summary>For a failing step: the page as it was, and the app's log, in the test message.</summary>
    public async Task<string> DescribeAsync(IPage page)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "failure-" + DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".png"), FullPage = true });
        var html = await page.ContentAsync();
        var text = html.Length > 3000 ? html[..3000] : html;
        return page.Url + "\n" + text + "\n--- app log ---\n" + Output;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _web?.Dispose();
        _folder.Dispose();
    }
}
