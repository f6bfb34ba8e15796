using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using MesoSafe.Testing.Files;
using Xunit;

namespace MesoSafe.Web.Tests.Security;

/// <summary>Issue 11 item 4 (ADR 0410): the real process with a self-signed certificate configured the
/// documented way (Kestrel:Endpoints:Https) answers over HTTPS, sends HSTS there, marks the
/// antiforgery and sign-in cookies Secure, and sends plain HTTP (but the health probe) to HTTPS.</summary>
public sealed partial class HttpsTransportTests
{
    private const string Password = "demo-password-2026";

    [Fact]
    public async Task With_a_certificate_configured_the_app_answers_over_https_with_hsts_and_secure_cookies()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder("mesosafe-https-");
        using var certificate = SelfSigned();
        var pfx = folder.File("mesosafe.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-pfx-password"), ct);
        using var web = await WebAppProcess.StartWithHttpsAsync(
            new Dictionary<string, string>
            {
                ["ConnectionStrings__MesoSafe"] = "Data Source=" + folder.File("mesosafe.db"),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
            pfx,
            "test-pfx-password",
            "--seed-demo");
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            // Trust exactly this test's certificate, nothing else.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var https = new HttpClient(handler) { BaseAddress = web.HttpsAddress };

        var health = await https.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("max-age=31536000", string.Join(",", health.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(health.Headers.Contains("Server"));

        var signInPage = await https.GetAsync("/Account/SignIn", ct);
        Assert.Equal(HttpStatusCode.OK, signInPage.StatusCode);
        var antiforgery = Assert.Single(SetCookies(signInPage), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        AssertSecure(antiforgery);

        var token = TokenValue().Match(TokenInput().Match(await signInPage.Content.ReadAsStringAsync(ct)).Value).Groups[1].Value;
        using var form = new FormUrlEncodedContent(
        [
            new("Email", "practitioner@demo.mesosafe.test"),
            new("Password", Password),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token)),
        ]);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/Account/SignIn") { Content = form };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var signedIn = await https.SendAsync(post, ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        AssertSecure(Assert.Single(SetCookies(signedIn), c => c.StartsWith("MesoSafe.Auth=", StringComparison.Ordinal)));

        // The plain HTTP endpoint (kept for health probes) answers /health, sends no HSTS, sets no
        // cookie and sends everything else to HTTPS.
        using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = web.Address };
        var probe = await plain.GetAsync("/health", ct);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.False(probe.Headers.Contains("Strict-Transport-Security"));
        var overHttp = await plain.GetAsync("/Account/SignIn?ReturnUrl=%2FPractitioner", ct);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, overHttp.StatusCode);
        Assert.Equal(new Uri(web.HttpsAddress!, "/Account/SignIn?ReturnUrl=%2FPractitioner"), overHttp.Headers.Location);
        Assert.Empty(SetCookies(overHttp));
    }

    /// <summary>A certificate for 127.0.0.1 and localhost, made here (README shows the same with openssl).</summary>
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
    }

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? [.. values] : [];

    private static void AssertSecure(string setCookie) =>
        Assert.Contains("; secure", setCookie, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex TokenValue();
}
