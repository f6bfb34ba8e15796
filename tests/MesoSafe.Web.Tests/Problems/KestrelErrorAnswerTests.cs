using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MesoSafe.Web.Hosting;
using Xunit;

namespace MesoSafe.Web.Tests.Problems;

/// <summary>Issue 20, item 6, on the real server: Kestrel answered 414 itself with an empty body and
/// no content type. Now its ceilings are far above the app's limits and the app answers 414 and 431
/// as problem+json (ADR 0206); a body over the server's limit is a 413 problem; an unhandled exception
/// is a 500 that says nothing of itself. Sent as raw bytes over TCP where HttpClient would refuse or
/// reshape the request.</summary>
public sealed class KestrelErrorAnswerTests : IAsyncLifetime
{
    private KestrelApp? _app;

    private KestrelApp App => _app ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _app = await KestrelApp.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Sends the bytes, reads until the server closes, and splits the answer.</summary>
    private async Task<(int Status, Dictionary<string, string> Headers, string Body)> RawAsync(string head)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(App.Address.Host, App.Address.Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), TestContext.Current.CancellationToken);
        await stream.FlushAsync(TestContext.Current.CancellationToken);
        using var read = new MemoryStream();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var n = await stream.ReadAsync(buffer, timeout.Token);
            if (n == 0)
            {
                break;
            }

            read.Write(buffer, 0, n);
            var text = Encoding.UTF8.GetString(read.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0 && ((ContentLength(text[..end]) is { } length && Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= length) || text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal)))
            {
                break;
            }
        }

        var all = Encoding.UTF8.GetString(read.ToArray());
        var split = all.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var lines = all[..split].Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = all[(split + 4)..];
        return (status, headers, headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase) ? Unchunk(body) : body);
    }

    /// <summary>"1a\r\n...\r\n0\r\n\r\n" to its data (the bodies here are ASCII JSON).</summary>
    private static string Unchunk(string chunked)
    {
        var data = new StringBuilder();
        var at = 0;
        while (true)
        {
            var line = chunked.IndexOf("\r\n", at, StringComparison.Ordinal);
            var size = Convert.ToInt32(chunked[at..line].Split(';')[0].Trim(), 16);
            if (size == 0)
            {
                return data.ToString();
            }

            data.Append(chunked, line + 2, size);
            at = line + 2 + size + 2;
        }
    }

    private static int? ContentLength(string head) =>
        head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => (int?)int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();

    private static void AssertProblem((int Status, Dictionary<string, string> Headers, string Body) answer, int status, string code)
    {
        Assert.Equal(status, answer.Status);
        Assert.StartsWith("application/problem+json", answer.Headers["Content-Type"], StringComparison.Ordinal);
        using var body = JsonDocument.Parse(answer.Body);
        Assert.Equal(status, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(code, body.RootElement.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("detail").GetString()));
        ProblemShape.AssertNoLeak(answer.Body);
    }

    [Theory]
    [InlineData("/api/v1/patients?q=", 9_000)]
    [InlineData("/api/v1/patients?q=", 100_000)]
    [InlineData("/", 20_000)]
    public async Task A_uri_over_the_limit_answers_414_problem_json_over_a_raw_socket(string start, int length)
    {
        var answer = await RawAsync($"GET {start}{new string('a', length)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        AssertProblem(answer, 414, "uri-too-long");
    }

    [Fact]
    public async Task A_uri_just_within_the_limit_is_not_refused()
    {
        var path = "/api/v1/no-such-resource?q=";
        var answer = await RawAsync($"GET {path}{new string('a', RequestLimitsMiddleware.MaxTargetLength - path.Length)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        AssertProblem(answer, 404, "not-found");
    }

    [Fact]
    public async Task A_uri_over_the_limit_answers_414_problem_json_to_httpclient()
    {
        using var client = new HttpClient { BaseAddress = App.Address };

        var response = await client.GetAsync("/api/v1/patients?q=" + new string('b', 12_000), TestContext.Current.CancellationToken);

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.RequestUriTooLong, "uri-too-long");
        ProblemShape.AssertNoLeak(body.GetRawText());
    }

    [Theory]
    [InlineData(1, 40 * 1024)]
    [InlineData(150, 10)]
    public async Task Headers_over_the_limit_answer_431_problem_json(int count, int size)
    {
        var headers = string.Concat(Enumerable.Range(0, count).Select(i => $"X-Filler-{i}: {new string('h', size)}\r\n"));

        var answer = await RawAsync($"GET /api/v1/patients HTTP/1.1\r\nHost: localhost\r\n{headers}Connection: close\r\n\r\n");

        AssertProblem(answer, 431, "headers-too-large");
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_answers_413_problem_json()
    {
        var answer = await RawAsync(
            "POST /api/v1/auth/token HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\n");

        AssertProblem(answer, 413, "body-too-large");
    }

    [Fact]
    public async Task An_unhandled_exception_answers_500_problem_json_without_message_stack_or_path()
    {
        using var client = new HttpClient { BaseAddress = App.Address };

        var response = await client.GetAsync(KestrelApp.ThrowingPath, TestContext.Current.CancellationToken);

        var body = await ProblemShape.AssertAsync(response, HttpStatusCode.InternalServerError, "server-error");
        var text = body.GetRawText();
        ProblemShape.AssertNoLeak(text);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not open", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhandled_exception_on_a_page_answers_the_html_page_without_message_stack_or_path()
    {
        using var client = new HttpClient { BaseAddress = App.Address };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await client.GetAsync(KestrelApp.ThrowingPagePath, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Something went wrong", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
