using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using MesoSafe.Testing;
using Microsoft.Playwright;

namespace MesoSafe.Web.BrowserTests;

/// <summary>The real MesoSafe.Web process on a free port with a fresh SQLite file and the demo
/// seed, plus one headless Debian Chromium, shared by every journey in the collection.</summary>
public sealed class RunningApp : IAsyncLifetime
{
    public const string DemoPassword = "demo-password-2026";

    private readonly StringBuilder _output = new();
    private Process? _process;
    private IPlaywright? _playwright;
    private string? _databaseFile;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var port = FreePort();
        BaseUrl = "http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _databaseFile = Path.Combine(Path.GetTempPath(), "mesosafe-browser-" + Guid.NewGuid().ToString("N") + ".db");
        var webProject = Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Web");
        var dll = Path.Combine(webProject, "bin", BuildConfiguration(), "net10.0", "MesoSafe.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build src/MesoSafe.Web first", dll);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", BaseUrl, "--seed-demo" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__MesoSafe"] = "Data Source=" + _databaseFile;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) => Capture(e.Data);
        _process.ErrorDataReceived += (_, e) => Capture(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForHealthAsync();

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

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

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
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            if (file is not null && File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    private void Capture(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitForHealthAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException("MesoSafe.Web exited with " + _process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl + "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("MesoSafe.Web did not answer /health within 60 s:\n" + Output);
    }

    private static string BuildConfiguration() =>
        typeof(RunningApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
