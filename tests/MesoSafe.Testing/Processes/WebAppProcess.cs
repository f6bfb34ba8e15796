using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace MesoSafe.Testing.Processes;

/// <summary>The real MesoSafe.Web process (the built dll, of the test's own build configuration) on a
/// free loopback port, started and waited for until <c>/health</c> answers; its output is kept for
/// failure messages.</summary>
public sealed class WebAppProcess : IDisposable
{
    /// <summary>Migrating and seeding take close to a minute when the machine is busy with other
    /// builds: a generous wait, polled, never a fixed sleep.</summary>
    private const int StartTimeoutSeconds = 180;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WebAppProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The HTTPS address when started by <see cref="StartWithHttpsAsync"/>, else null.</summary>
    public Uri? HttpsAddress { get; private init; }

    /// <summary>The address without its trailing slash ("http://127.0.0.1:5123").</summary>
    public string BaseUrl => Address.ToString().TrimEnd('/');

    /// <summary>Everything the app has written to standard output and error so far.</summary>
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

    public static Task<WebAppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] extraArguments) =>
        StartCoreAsync(environment, null, extraArguments);

    /// <summary>Plain HTTP (for the health wait) and HTTPS with the given PFX certificate, both set the
    /// documented way: Kestrel's own configuration, Kestrel:Endpoints:{Http,Https}.</summary>
    public static Task<WebAppProcess> StartWithHttpsAsync(IReadOnlyDictionary<string, string> environment, string certificatePath, string certificatePassword, params string[] extraArguments)
    {
        var https = new Uri("https://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var withHttps = new Dictionary<string, string>(environment)
        {
            ["Kestrel__Endpoints__Https__Url"] = https.ToString().TrimEnd('/'),
            ["Kestrel__Endpoints__Https__Certificate__Path"] = certificatePath,
            ["Kestrel__Endpoints__Https__Certificate__Password"] = certificatePassword,
        };
        return StartCoreAsync(withHttps, https, extraArguments);
    }

    private static async Task<WebAppProcess> StartCoreAsync(IReadOnlyDictionary<string, string> environment, Uri? httpsAddress, string[] extraArguments)
    {
        var dll = WebDll();
        var address = new Uri("http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (httpsAddress is not null)
        {
            // With Kestrel:Endpoints configured, --urls is ignored: the HTTP endpoint is named too.
            start.Environment["Kestrel__Endpoints__Http__Url"] = address.ToString().TrimEnd('/');
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var web = new WebAppProcess(process, address) { HttpsAddress = httpsAddress };
        process.OutputDataReceived += (_, e) => web.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => web.Capture(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await web.WaitHealthyAsync();
        }
        catch
        {
            web.Dispose();
            throw;
        }

        return web;
    }

    /// <summary>SIGKILL: no shutdown, no flush, like a power cut of the process.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    /// <summary>src/MesoSafe.Web's dll in this build's configuration (Release or Debug).</summary>
    private static string WebDll()
    {
        var configuration = typeof(WebAppProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Debug";
        var dll = Path.Combine(SharedFiles.RepositoryRoot, "src", "MesoSafe.Web", "bin", configuration, "net10.0", "MesoSafe.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build src/MesoSafe.Web ({configuration}) first.", dll);
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

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(StartTimeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"MesoSafe.Web exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"MesoSafe.Web did not answer /health within {StartTimeoutSeconds} s:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
