using System.Net;
using System.Text;
using MesoSafe.Web.Tests.Problems;
using Xunit;

namespace MesoSafe.Web.Tests.Security;

/// <summary>Issue 11 item 4 (ADR 0410): the headers on every kind of answer, read from the real
/// Kestrel server (the in-memory test server would never send a Server header anyway).</summary>
public sealed class SecurityHeadersTests(KestrelAppFixture fixture) : IClassFixture<KestrelAppFixture>
{
    public static TheoryData<string, string, string, int> Answers => new()
    {
        { "API answer", "GET", "/health", 200 },
        { "API evaluate refusing a body", "POST", "/api/v1/screenings/evaluate", 400 },
        { "API without sign-in", "GET", "/api/v1/patients", 401 },
        { "page", "GET", "/Account/SignIn", 200 },
        { "page redirecting to sign-in", "GET", "/Practitioner", 302 },
        { "404 problem+json", "GET", "/api/v1/no-such-resource", 404 },
        { "404 page", "GET", "/no-such-page", 404 },
        { "500 problem+json", "GET", KestrelApp.ThrowingPath, 500 },
        { "500 page", "GET", KestrelApp.ThrowingPagePath, 500 },
        { "static file", "GET", "/css/site.css", 200 },
        { "static script", "GET", "/js/site.js", 200 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_kind_of_answer_carries_the_security_headers_and_no_server_header(string kind, string method, string path, int status)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.App.Address };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Accept.ParseAdd(kind.Contains("page", StringComparison.Ordinal) ? "text/html" : "application/json");
        if (method == "POST")
        {
            request.Content = new StringContent("{\"nonsense\":", Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Server"), kind + " announces its server: " + string.Join(",", response.Headers.TryGetValues("Server", out var s) ? s : []));
        // Over plain HTTP there is no HSTS: browsers ignore it there, and it would pin a host that has no certificate.
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), kind + " sends HSTS over plain HTTP");
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        var values = response.Headers.TryGetValues(name, out var found) ? found.ToList() : [];
        Assert.True(values.Count == 1, $"{name}: expected one value, got {values.Count} ({(int)response.StatusCode} {response.RequestMessage?.RequestUri})");
        return values[0];
    }
}
